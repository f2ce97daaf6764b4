using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Applications;

/// <summary>
/// The automatic check of a 停保 application. No Xinjiang text fixes the change month (DOMAIN-SOURCES §4.3, open
/// question 5); these bounds are ours: not before coverage began, and at most one month ahead (guides say apply
/// before the next cycle). A month inside an already paid period is allowed: registering the suspension refunds the
/// overlapping months (<see cref="Contributions.SuspensionBilling"/>), so <c>paidPeriods</c> no longer restricts the
/// month; the parameter stays for the callers' sake.
/// </summary>
public static class SuspensionRules
{
    public const int MaxMonthsAhead = 1;

    public static IReadOnlyList<DomainError> Check(
        InsuredPerson? person,
        SuspensionDetails details,
        YearMonth currentMonth,
        IEnumerable<BillingPeriod> paidPeriods)
    {
        // Death and settling abroad end a suspended record too; every other reason needs an active one.
        var terminal = details.Reason.EndsTheRecord();
        if (person is null || !(person.Status == InsuredStatus.Active || (terminal && person.Status == InsuredStatus.Suspended)))
        {
            return [new DomainError(
                "Suspension.NotActive",
                "当前不是正常参保状态，不能办理停保",
                $"Suspension needs an active record, but the record is {person?.Status ?? InsuredStatus.NotInsured}.")];
        }

        var errors = new List<DomainError>();
        var month = details.ChangeMonth;
        if (month > currentMonth.AddMonths(MaxMonthsAhead))
        {
            errors.Add(new DomainError(
                "Suspension.TooFarAhead",
                $"停保月份最晚为 {currentMonth.AddMonths(MaxMonthsAhead)}",
                $"The suspension month can be at most {MaxMonthsAhead} month ahead ({currentMonth.AddMonths(MaxMonthsAhead)})."));
        }

        if (details.InsuranceTypeCodes.Count == 0)
        {
            errors.Add(new DomainError("InsuranceType.NoneSelected", "请至少选择一个险种", "Select at least one insurance type."));
        }

        var ticked = person.Coverages.Where(c => details.InsuranceTypeCodes.Contains(c.InsuranceTypeCode)).ToList();
        if (ticked.Count != details.InsuranceTypeCodes.Distinct().Count() || (!terminal && ticked.Any(c => c.Status != CoverageStatus.Active)))
        {
            errors.Add(SuspensionErrors.InsuranceTypeNotActive);
        }

        var began = ticked.Count > 0 && !terminal ? ticked.Max(c => c.Since) : person.EnrolledFrom;
        if (began is { } start && month < start)
        {
            errors.Add(SuspensionErrors.BeforeCoverageBegan(start));
        }

        return errors;
    }
}
