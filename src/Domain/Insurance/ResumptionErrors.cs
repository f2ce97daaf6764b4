using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Insurance;

/// <summary>Errors of 续保 shared by the person aggregate and the rules that check an application.</summary>
public static class ResumptionErrors
{
    public static DomainError NotSuspended(InsuredStatus status) => status == InsuredStatus.NotInsured
        ? new DomainError(
            "Resumption.NotInsured",
            "尚无参保记录，请办理灵活就业养老新参保",
            "There is no insurance record to resume; apply for new enrollment instead.")
        : new DomainError(
            "Resumption.NotSuspended",
            "当前参保状态不是暂停，不能办理续保",
            $"Resumption needs a suspended record, but the record is {status}.");
}
