using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Applications;

/// <summary>
/// The automatic check of a 停保 application. No Xinjiang text fixes the change month (DOMAIN-SOURCES §4.3, open
/// question 5); these bounds are ours: not in a period already paid (the money is with the fund and the months
/// count), not before coverage began, and at most one month ahead (guides say apply before the next cycle).
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

        if (paidPeriods.FirstOrDefault(period => period.Contains(month)) is { } paid)
        {
            errors.Add(new DomainError(
                "Suspension.InPaidPeriod",
                $"停保月份 {month} 所在期间 {paid} 已缴费，请选择之后的月份",
                $"The suspension month {month} falls in the paid period {paid}; choose a later month."));
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
