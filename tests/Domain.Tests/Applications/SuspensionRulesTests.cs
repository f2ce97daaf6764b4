using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.Reference;
using SocialInsurance.Domain.SeedWork;
using SocialInsurance.Domain.Tests.Insurance;

namespace SocialInsurance.Domain.Tests.Applications;

public class SuspensionRulesTests
{
    private static readonly YearMonth May2026 = YearMonth.Parse("2026-05");

    private static IReadOnlyList<string> Check(InsuredPerson? person, string month, IEnumerable<BillingPeriod>? paid = null, params string[] types) =>
        [.. SuspensionRules.Check(
            person,
            new SuspensionDetails(SuspensionReason.EmployedByUnit, YearMonth.Parse(month), types.Length > 0 ? types : [People.Pension]),
            May2026,
            paid ?? []).Select(e => e.Code)];

    [Fact]
    public void Create_DefaultsTheChangeMonth_ToTheCurrentMonth()
    {
        // Given / When
        var details = SuspensionDetails.Create(SuspensionReason.PersonalPause, null, [People.Pension], May2026);

        // Then
        Assert.Equal(May2026, details.ChangeMonth);
        Assert.Equal(YearMonth.Parse("2026-03"), SuspensionDetails.Create(SuspensionReason.PersonalPause, YearMonth.Parse("2026-03"), [People.Pension], May2026).ChangeMonth);
    }

    [Theory]
    [InlineData("2026-05")]
    [InlineData("2026-06")]
    [InlineData("2026-02")]
    public void Check_Passes_FromEnrollmentUpToOneMonthAhead(string month)
    {
        // Given / When / Then
        Assert.Empty(Check(People.Active("2026-02"), month));
    }

    [Fact]
    public void Check_Rejects_MoreThanOneMonthAhead()
    {
        // Given / When / Then
        Assert.Equal(["Suspension.TooFarAhead"], Check(People.Active("2026-01"), "2026-07"));
    }

    [Fact]
    public void Check_Rejects_BeforeEnrollmentBegan()
    {
        // Given / When / Then
        Assert.Equal(["Suspension.BeforeEnrollment"], Check(People.Active("2026-03"), "2026-02"));
    }

    [Fact]
    public void Check_Allows_AMonthInAPaidPeriod()
    {
        // Given Q2 paid: the overlapping months are refunded when the suspension is registered (SuspensionBilling)
        var paid = BillingPeriod.Containing(YearMonth.Parse("2026-04"), PaymentFrequency.Quarterly);

        // When
        var inPaid = Check(People.Active("2026-01"), "2026-05", [paid]);
        var afterPaid = Check(People.Active("2026-01"), "2026-06", [BillingPeriod.Containing(YearMonth.Parse("2026-05"), PaymentFrequency.Monthly)]);

        // Then
        Assert.Empty(inPaid);
        Assert.Empty(afterPaid);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Check_Rejects_WhenNotActive(bool suspended)
    {
        // Given
        var person = suspended ? People.Suspended() : People.NotInsured();

        // When / Then
        Assert.Equal(["Suspension.NotActive"], Check(person, "2026-05"));
        Assert.Equal(["Suspension.NotActive"], Check(null, "2026-05"));
    }

    [Fact]
    public void Check_Rejects_InsuranceTypesThatAreNotActive()
    {
        // Given a person with pension active and medical already suspended
        var person = People.Active("2026-01", People.Pension, People.Medical);
        person.Suspend(SuspensionReason.PersonalPause, YearMonth.Parse("2026-03"), [People.Medical]);

        // When / Then
        Assert.Equal(["Suspension.InsuranceTypeNotActive"], Check(person, "2026-05", null, People.Medical));
        Assert.Equal(["Suspension.InsuranceTypeNotActive"], Check(person, "2026-05", null, "999"));
        Assert.Empty(Check(person, "2026-05", null, People.Pension));
    }

    [Fact]
    public void Check_ReturnsEveryFailedRule()
    {
        // Given
        var paid = BillingPeriod.Containing(YearMonth.Parse("2026-09"), PaymentFrequency.Monthly);

        // When
        var codes = Check(People.Active("2026-10"), "2026-09", [paid], "999");

        // Then
        Assert.Equal(["Suspension.TooFarAhead", "Suspension.InsuranceTypeNotActive", "Suspension.BeforeEnrollment"], codes);
    }
}
