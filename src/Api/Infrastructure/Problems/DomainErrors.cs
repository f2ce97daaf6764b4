using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Api.Infrastructure.Problems;

/// <summary>A broken domain rule as an API error: the rule's own code, and the texts the domain wrote for it.</summary>
public static class DomainErrors
{
    public static ApiError ToApiError(this DomainError error) => ApiError.Written(error.Code, error.MessageZh, error.MessageEn);
}
