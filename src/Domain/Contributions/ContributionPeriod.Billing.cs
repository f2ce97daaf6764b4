using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Contributions;

/// <summary>The period's deduction date and what a suspension does to it.</summary>
public sealed partial class ContributionPeriod
{
    /// <summary>
    /// The first deduction when it is not the period's own deduction day: a period billed after that day (an enrolment
    /// or a 续保 after the 20th) is first deducted on the next deduction day, covering its months. Null: the own day.
    /// </summary>
    public DateOnly? DeductOn { get; private set; }

    /// <summary>Months of a paid period refunded because a 停保 took effect inside it; they no longer count.</summary>
    public int RefundedMonths { get; private set; }

    /// <summary>What the fund owes back: the monthly amount for each refunded month.</summary>
    public Money Refund => Amount.Monthly * RefundedMonths;

    /// <summary>Months paid and kept: what counts towards the contribution years.</summary>
    public int CountedMonths => Status == ContributionPeriodStatus.Paid ? Period.Months - RefundedMonths : 0;

    /// <summary>Whether this period still bills <paramref name="month"/>: it lies in the period and was not refunded.</summary>
    public bool Covers(YearMonth month) => Period.Contains(month) && month <= Period.End.AddMonths(-RefundedMonths);

    /// <summary>The calendar year the period is due in: a deferred December period is due in January.</summary>
    public int DueYear => Math.Max(Period.End.Year, DeductOn?.Year ?? 0);

    /// <summary>Sets the deferred first deduction; only before anything was deducted, and never earlier than the period.</summary>
    public void ScheduleFirstDeduction(DateOnly deductOn)
    {
        if (Status != ContributionPeriodStatus.Due || FailedAttempts > 0 || deductOn < Period.Start.FirstDay)
        {
            throw new DomainException(new DomainError(
                "ContributionPeriod.CannotDefer",
                "只有尚未扣款的期间才能安排首次扣款日",
                $"Expected a due period without attempts and a date from {Period.Start.FirstDay:yyyy-MM-dd}, but {Period} is {Status} and the date is {deductOn:yyyy-MM-dd}."));
        }

        DeductOn = deductOn;
    }

    /// <summary>
    /// Whether the period is unpaid after its deduction has run: the month after its end, and past a deferred first
    /// deduction — unless the bureau already tried it (a failed attempt), then the deferral no longer holds.
    /// </summary>
    public bool IsOverdue(DateOnly today) =>
        Status is ContributionPeriodStatus.Due or ContributionPeriodStatus.Failed
        && YearMonth.From(today) > Period.End
        && !AwaitsDeferredDeduction(today);

    /// <summary>A deferred first deduction that has not run yet and that the bureau has not tried earlier.</summary>
    internal bool AwaitsDeferredDeduction(DateOnly? today) =>
        DeductOn is { } deferred && FailedAttempts == 0 && (today is not { } day || day <= deferred);

    /// <summary>
    /// An unpaid period spanning the 停保 month ends the month before it; the amount shrinks with it. Only for a
    /// month after the start: a period starting at or after the suspension is dropped instead (<see cref="SuspensionBilling"/>).
    /// </summary>
    internal void CutBefore(YearMonth suspendedFrom)
    {
        if (Status == ContributionPeriodStatus.Paid || suspendedFrom <= Period.Start || suspendedFrom > Period.End)
        {
            throw new DomainException(new DomainError(
                "ContributionPeriod.CannotCut",
                $"期间 {Period} 不能在 {suspendedFrom} 截止",
                $"Expected an unpaid period spanning {suspendedFrom} after its start, but {Period} is {Status}."));
        }

        var months = suspendedFrom.MonthsSince(Period.Start);
        Period = BillingPeriod.Of(Period.Start, suspendedFrom.AddMonths(-1));
        Amount = Amount.ForMonths(months);
    }

    /// <summary>A paid period reaching into the 停保: the months from the suspension on are refunded.</summary>
    internal void RefundFrom(YearMonth suspendedFrom)
    {
        if (Status != ContributionPeriodStatus.Paid || suspendedFrom > Period.End)
        {
            throw new DomainException(new DomainError(
                "ContributionPeriod.CannotRefund",
                $"期间 {Period} 没有可退的月份",
                $"Expected a paid period reaching {suspendedFrom}, but {Period} is {Status}."));
        }

        var from = suspendedFrom < Period.Start ? Period.Start : suspendedFrom;
        var months = Period.End.MonthsSince(from) + 1;
        if (months <= RefundedMonths)
        {
            return;
        }

        var added = months - RefundedMonths;
        RefundedMonths = months;
        Raise(new ContributionRefunded(Id, PersonId, Period, added, Amount.Monthly * added));
    }
}
