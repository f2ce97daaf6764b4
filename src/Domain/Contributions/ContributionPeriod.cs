using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Contributions;

/// <summary>
/// What one person owes for one billing period, and what the tax bureau reported. This service never moves money
/// (DESIGN): it records results the deadline job learns from the tax bureau.
/// </summary>
public sealed partial class ContributionPeriod : AggregateRoot
{
    public ContributionPeriod(Guid id, Guid personId, BillingPeriod period, ContributionAmount amount)
    {
        if (amount.Months != period.Months)
        {
            throw new DomainException(new DomainError(
                "ContributionPeriod.AmountMismatch",
                "应缴金额的月数与缴费期间不一致",
                $"Expected an amount for {period.Months} months, but it covers {amount.Months}."));
        }

        Id = id;
        PersonId = personId;
        Period = period;
        Amount = amount;
    }

    public Guid Id { get; }

    public Guid PersonId { get; }

    public BillingPeriod Period { get; private set; }

    public ContributionAmount Amount { get; private set; }

    public ContributionPeriodStatus Status { get; private set; } = ContributionPeriodStatus.Due;

    public int FailedAttempts { get; private set; }

    public string? LastFailureReason { get; private set; }

    public DateOnly? PaidOn { get; private set; }

    /// <summary>
    /// A deduction succeeded. A period of an earlier calendar year may be paid only when the policy allows past-year
    /// arrears (DOMAIN-SOURCES §3.4: many provinces forbid paying across years; default no).
    /// </summary>
    public void RecordPayment(DateOnly paidOn, bool allowPastYearArrears)
    {
        if (Status == ContributionPeriodStatus.Paid)
        {
            throw new DomainException(new DomainError(
                "ContributionPeriod.AlreadyPaid", "该期间已缴费", $"Expected an unpaid period, but {Period} is already paid."));
        }

        // A deferred first deduction in January pays December on schedule, not as past-year arrears.
        if (paidOn.Year > DueYear && !allowPastYearArrears)
        {
            throw new DomainException(new DomainError(
                "ContributionPeriod.PastYearArrears",
                $"不允许跨年度补缴 {Period.End.Year} 年的欠费",
                $"Arrears of {Period.End.Year} cannot be paid in {paidOn.Year}: past-year arrears are not allowed."));
        }

        Status = ContributionPeriodStatus.Paid;
        PaidOn = paidOn;
        Raise(new ContributionPaid(Id, PersonId, Period, Period.Months, Amount.Total, paidOn));
    }

    /// <summary>A deduction bounced. A period already in arrears stays so; the attempt is still counted.</summary>
    public void RecordFailedDeduction(DateOnly failedOn, string reason)
    {
        if (Status == ContributionPeriodStatus.Paid)
        {
            throw new DomainException(new DomainError(
                "ContributionPeriod.AlreadyPaid", "该期间已缴费，不能记录扣款失败", $"Expected an unpaid period, but {Period} is already paid."));
        }

        FailedAttempts++;
        LastFailureReason = reason;
        if (Status == ContributionPeriodStatus.Due)
        {
            Status = ContributionPeriodStatus.Failed;
        }

        Raise(new ContributionDeductionFailed(Id, PersonId, Period, reason, FailedAttempts, failedOn));
    }

    /// <summary>
    /// The period has ended unpaid; the months do not count unless paid later (§3.4). A period whose first deduction
    /// was deferred (<see cref="ScheduleFirstDeduction"/>) is not in arrears before that deduction has run, so
    /// <paramref name="today"/> is required for it.
    /// </summary>
    public void MarkInArrears(YearMonth currentMonth, DateOnly? today = null)
    {
        if (Status is not (ContributionPeriodStatus.Due or ContributionPeriodStatus.Failed))
        {
            throw new DomainException(new DomainError(
                "ContributionPeriod.NotOutstanding",
                "只有未缴费的期间才能记为欠费",
                $"Expected a due or failed period, but {Period} is {Status}."));
        }

        if (currentMonth <= Period.End || AwaitsDeferredDeduction(today))
        {
            throw new DomainException(new DomainError(
                "ContributionPeriod.NotEnded",
                "缴费期间尚未结束，不能记为欠费",
                $"Expected the period {Period} to have ended, but the current month is {currentMonth}."));
        }

        Status = ContributionPeriodStatus.InArrears;
        Raise(new ContributionFellIntoArrears(Id, PersonId, Period));
    }
}
