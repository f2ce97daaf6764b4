namespace SocialInsurance.Api.Infrastructure.Problems;

/// <summary>The two languages the service answers in. Chinese unless the request prefers English.</summary>
public enum Language
{
    Chinese,
    English,
}
