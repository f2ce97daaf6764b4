using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Domain.Applications;

namespace SocialInsurance.Api.Features.Applications;

/// <summary>An application's status as an error argument: clients get the enum name, people read it in their language.</summary>
public static class ApplicationStatusTerms
{
    public static LocalizedArg Of(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Draft => new(status.ToString(), "草稿", "a draft"),
        ApplicationStatus.Submitted => new(status.ToString(), "已提交", "submitted"),
        ApplicationStatus.UnderReview => new(status.ToString(), "审核中", "under review"),
        ApplicationStatus.SupplementRequested => new(status.ToString(), "待补充材料", "waiting for materials"),
        ApplicationStatus.Approved => new(status.ToString(), "已通过", "approved"),
        ApplicationStatus.Rejected => new(status.ToString(), "未通过", "rejected"),
        ApplicationStatus.Completed => new(status.ToString(), "已办结", "completed"),
        _ => new(status.ToString(), "已撤回", "withdrawn"),
    };
}
