using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Policy;
using SocialInsurance.Domain.SeedWork;
using SocialInsurance.Domain.Tests.Policy;

namespace SocialInsurance.Domain.Tests.Contributions;

public class DeductionScheduleTests
{
    private static readonly PolicyTable Policies = PolicyYears.Table(2026, 2027);

    [Fact]
    public void DeductionDay_IsThePolicyDay_WhenItIsAWorkingDay()
    {
        // Given 2026-03-20 is a Friday
        // When
        var day = DeductionSchedule.DeductionDay(new YearMonth(2026, 3), Policies, WorkingDayCalendar.WeekendsOnly);

        // Then
        Assert.Equal(new DateOnly(2026, 3, 20), day);
    }

    [Fact]
    public void DeductionDay_MovesToTheNextWorkingDay_WhenTheDayIsAHoliday()
    {
        // Given 2026-09-20 is a Sunday; the 21st a declared holiday, the 22nd a Tuesday
        var calendar = new WorkingDayCalendar([new DateOnly(2026, 9, 21)], []);

        // When
        var day = DeductionSchedule.DeductionDay(new YearMonth(2026, 9), Policies, calendar);

        // Then
        Assert.Equal(new DateOnly(2026, 9, 22), day);
    }

    [Fact]
    public void DeductionDay_StaysOnAMakeUpWorkingDay_OnAWeekend()
    {
        // Given 2026-09-20 is a Sunday turned into a working day (调休)
        var calendar = new WorkingDayCalendar([], [new DateOnly(2026, 9, 20)]);

        // When
        var day = DeductionSchedule.DeductionDay(new YearMonth(2026, 9), Policies, calendar);

        // Then
        Assert.Equal(new DateOnly(2026, 9, 20), day);
    }

    [Fact]
    public void FirstDeduction_IsThePeriodsOwnDay_WhenBilledBeforeIt()
    {
        // Given a March period billed on the 2nd
        var period = BillingPeriod.StartingAt(new YearMonth(2026, 3), PaymentFrequency.Monthly);

        // When
        var first = DeductionSchedule.FirstDeduction(period, new DateOnly(2026, 3, 2), Policies, WorkingDayCalendar.WeekendsOnly);

        // Then
        Assert.Equal(new DateOnly(2026, 3, 20), first);
    }

    [Fact]
    public void FirstDeduction_IsNextMonthsDay_WhenEnrolledAfterTheMonthsDeductionDay()
    {
        // Given a December enrolment billed on the 28th, after the 20th
        var period = BillingPeriod.StartingAt(new YearMonth(2026, 12), PaymentFrequency.Monthly);

        // When
        var first = DeductionSchedule.FirstDeduction(period, new DateOnly(2026, 12, 28), Policies, WorkingDayCalendar.WeekendsOnly);

        // Then 2027-01-20 is a Wednesday
        Assert.Equal(new DateOnly(2027, 1, 20), first);
    }

    [Fact]
    public void DeferredDecemberPeriod_CanBePaidInJanuary_AndIsNotInArrearsBeforeItsDeduction()
    {
        // Given a December period whose first deduction is 2027-01-20
        var period = BillingPeriod.StartingAt(new YearMonth(2026, 12), PaymentFrequency.Monthly);
        var contribution = new ContributionPeriod(Guid.NewGuid(), Guid.NewGuid(), period, PolicyYears.Urumqi(2026).ContributionFor(ContributionBase.Create(5000m), 1));
        contribution.ScheduleFirstDeduction(new DateOnly(2027, 1, 20));

        // When
        var outstandingOnJan5 = contribution.IsOverdue(new DateOnly(2027, 1, 5));
        contribution.RecordPayment(new DateOnly(2027, 1, 20), allowPastYearArrears: false);

        // Then
        Assert.False(outstandingOnJan5);
        Assert.Equal(ContributionPeriodStatus.Paid, contribution.Status);
    }

    [Fact]
    public void DeferredPeriod_IsOverdue_AfterItsDeferredDeductionDay()
    {
        // Given
        var period = BillingPeriod.StartingAt(new YearMonth(2026, 12), PaymentFrequency.Monthly);
        var contribution = new ContributionPeriod(Guid.NewGuid(), Guid.NewGuid(), period, PolicyYears.Urumqi(2026).ContributionFor(ContributionBase.Create(5000m), 1));
        contribution.ScheduleFirstDeduction(new DateOnly(2027, 1, 20));

        // When
        var overdue = contribution.IsOverdue(new DateOnly(2027, 1, 21));
        contribution.MarkInArrears(new YearMonth(2027, 1), new DateOnly(2027, 1, 21));

        // Then
        Assert.True(overdue);
        Assert.Equal(ContributionPeriodStatus.InArrears, contribution.Status);
    }

    [Fact]
    public void MarkInArrears_Throws_BeforeTheDeferredDeductionDayHasPassed()
    {
        // Given
        var period = BillingPeriod.StartingAt(new YearMonth(2026, 12), PaymentFrequency.Monthly);
        var contribution = new ContributionPeriod(Guid.NewGuid(), Guid.NewGuid(), period, PolicyYears.Urumqi(2026).ContributionFor(ContributionBase.Create(5000m), 1));
        contribution.ScheduleFirstDeduction(new DateOnly(2027, 1, 20));

        // When / Then
        Assert.Equal("ContributionPeriod.NotEnded",
            Assert.Throws<DomainException>(() => contribution.MarkInArrears(new YearMonth(2027, 1), new DateOnly(2027, 1, 10))).Errors[0].Code);
    }

    [Fact]
    public void DeferredPeriod_IsOverdueAfterItsMonth_WhenTheBureauAlreadyTriedIt()
    {
        // Given a March period deferred to April's deduction, whose March deduction nevertheless bounced
        var period = BillingPeriod.StartingAt(new YearMonth(2026, 3), PaymentFrequency.Monthly);
        var contribution = new ContributionPeriod(Guid.NewGuid(), Guid.NewGuid(), period, PolicyYears.Urumqi(2026).ContributionFor(ContributionBase.Create(5000m), 1));
        contribution.ScheduleFirstDeduction(new DateOnly(2026, 4, 20));
        contribution.RecordFailedDeduction(new DateOnly(2026, 3, 20), "InsufficientBalance");

        // When / Then
        Assert.True(contribution.IsOverdue(new DateOnly(2026, 4, 2)));
    }
}
