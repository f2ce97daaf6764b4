using SocialInsurance.Domain.Reference;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Insurance;

/// <summary>Errors of 续保 shared by the person aggregate and the rules that check an application.</summary>
public static class ResumptionErrors
{
    public static DomainError NotSuspended(InsuredStatus status) => status switch
    {
        InsuredStatus.NotInsured => new DomainError(
            "Resumption.NotInsured",
            "尚无参保记录，请办理灵活就业养老新参保",
            "There is no insurance record to resume; apply for new enrollment instead."),
        InsuredStatus.Terminated => Terminated(null),
        _ => new DomainError(
            "Resumption.NotSuspended",
            "当前参保状态不是暂停，不能办理续保",
            $"Resumption needs a suspended record, but the record is {status}."),
    };

    /// <summary>A record ended by death or settling abroad cannot be resumed; the applicant is told which.</summary>
    public static DomainError Terminated(SuspensionReason? reason) => reason switch
    {
        SuspensionReason.EmigratedAbroad => new DomainError(
            "Resumption.Terminated",
            "参保关系已因出国（境）定居终止，不能办理续保",
            "The insurance record ended when the person settled abroad; it cannot be resumed."),
        SuspensionReason.Deceased => new DomainError(
            "Resumption.Terminated",
            "参保关系已因死亡终止，不能办理续保",
            "The insurance record ended with the person's death; it cannot be resumed."),
        _ => new DomainError(
            "Resumption.Terminated",
            "参保关系已终止，不能办理续保",
            "The insurance record has ended and cannot be resumed."),
    };
}
