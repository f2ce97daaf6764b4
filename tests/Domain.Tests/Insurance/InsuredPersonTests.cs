using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.Reference;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Tests.Insurance;

public class InsuredPersonTests
{
    private static readonly ContributionBase Base = ContributionBase.Create(6531m);

    [Fact]
    public void NewPerson_IsNotInsured()
    {
        // Given / When
        var person = People.NotInsured();

        // Then
        Assert.Equal(InsuredStatus.NotInsured, person.Status);
        Assert.Empty(person.History);
        Assert.Empty(person.DomainEvents);
    }

    [Fact]
    public void Enroll_MakesThePersonActive_AndRaisesPersonEnrolled()
    {
        // Given
        var person = People.NotInsured();

        // When
        person.Enroll(People.Urumqi, Base, PaymentFrequency.Quarterly, [People.Pension], YearMonth.Parse("2026-05"));

        // Then
        Assert.Equal(InsuredStatus.Active, person.Status);
        Assert.Equal(YearMonth.Parse("2026-05"), person.EnrolledFrom);
        Assert.Equal(PaymentFrequency.Quarterly, person.Frequency);
        Assert.Equal([People.Pension], person.ActiveInsuranceTypes);
        var change = Assert.Single(person.History);
        Assert.Equal((StatusChangeKind.Enrolled, InsuredStatus.NotInsured, InsuredStatus.Active), (change.Kind, change.From, change.To));
        var enrolled = Assert.IsType<PersonEnrolled>(Assert.Single(person.DomainEvents));
        Assert.Equal(YearMonth.Parse("2026-05"), enrolled.From);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Enroll_Throws_WhenAlreadyActiveOrSuspended(bool suspended)
    {
        // Given
        var person = suspended ? People.Suspended() : People.Active();

        // When
        var error = Assert.Throws<DomainException>(() =>
            person.Enroll(People.Urumqi, Base, PaymentFrequency.Monthly, [People.Pension], YearMonth.Parse("2026-06")));

        // Then
        Assert.Equal("Insured.AlreadyEnrolled", error.Code);
        Assert.Empty(person.DomainEvents);
    }

    [Fact]
    public void Enroll_Throws_WhenNoInsuranceType()
    {
        // Given
        var person = People.NotInsured();

        // When / Then
        var error = Assert.Throws<DomainException>(() => person.Enroll(People.Urumqi, Base, PaymentFrequency.Monthly, [], YearMonth.Parse("2026-06")));
        Assert.Equal("InsuranceType.NoneSelected", error.Code);
        Assert.Equal(InsuredStatus.NotInsured, person.Status);
    }

    [Fact]
    public void Suspend_MakesThePersonSuspended_WithReasonAndMonthInHistory()
    {
        // Given
        var person = People.Active("2026-01");

        // When
        person.Suspend(SuspensionReason.EmployedByUnit, YearMonth.Parse("2026-05"), [People.Pension]);

        // Then
        Assert.Equal(InsuredStatus.Suspended, person.Status);
        var change = person.History[^1];
        Assert.Equal(YearMonth.Parse("2026-05"), change.Month);
        Assert.Equal(SuspensionReason.EmployedByUnit, change.Reason);
        Assert.Equal((InsuredStatus.Active, InsuredStatus.Suspended), (change.From, change.To));
        var suspended = Assert.IsType<CoverageSuspended>(Assert.Single(person.DomainEvents));
        Assert.Equal(InsuredStatus.Suspended, suspended.PersonStatus);
    }

    [Fact]
    public void Suspend_KeepsPersonActive_WhenAnotherInsuranceTypeStaysActive()
    {
        // Given a deployment offering two types
        var person = People.Active("2026-01", People.Pension, People.Medical);

        // When
        person.Suspend(SuspensionReason.PersonalPause, YearMonth.Parse("2026-03"), [People.Medical]);

        // Then
        Assert.Equal(InsuredStatus.Active, person.Status);
        Assert.Equal([People.Pension], person.ActiveInsuranceTypes);
        Assert.Equal(2, person.History.Count);
    }

    [Fact]
    public void Suspend_Throws_WhenNotActive()
    {
        // Given
        var person = People.Suspended();

        // When / Then
        var error = Assert.Throws<DomainException>(() => person.Suspend(SuspensionReason.Other, YearMonth.Parse("2026-06"), [People.Pension]));
        Assert.Equal("Insured.NotActive", error.Code);
    }

    [Fact]
    public void Suspend_Throws_WhenNotInsured()
    {
        // Given / When / Then
        Assert.Throws<DomainException>(() => People.NotInsured().Suspend(SuspensionReason.Other, YearMonth.Parse("2026-06"), [People.Pension]));
    }

    [Fact]
    public void Suspend_Throws_WhenInsuranceTypeNotHeld()
    {
        // Given
        var person = People.Active();

        // When / Then
        var error = Assert.Throws<DomainException>(() => person.Suspend(SuspensionReason.Other, YearMonth.Parse("2026-06"), [People.Medical]));
        Assert.Equal("Suspension.InsuranceTypeNotActive", error.Code);
        Assert.Equal(InsuredStatus.Active, person.Status);
    }

    [Fact]
    public void Suspend_Throws_WhenBeforeEnrollment()
    {
        // Given
        var person = People.Active("2026-03");

        // When / Then
        var error = Assert.Throws<DomainException>(() => person.Suspend(SuspensionReason.Other, YearMonth.Parse("2026-02"), [People.Pension]));
        Assert.Equal("Suspension.BeforeEnrollment", error.Code);
    }

    [Fact]
    public void Resume_MakesThePersonActiveAgain_WithNewTerms()
    {
        // Given
        var person = People.Suspended("2026-01", "2026-04");
        var newBase = ContributionBase.Create(8000m);
        var karamay = RegionCode.Create("6502");

        // When
        person.Resume(karamay, newBase, PaymentFrequency.Yearly, YearMonth.Parse("2026-09"));

        // Then
        Assert.Equal(InsuredStatus.Active, person.Status);
        Assert.Equal(karamay, person.Region);
        Assert.Equal(newBase, person.ContributionBase);
        Assert.Equal(PaymentFrequency.Yearly, person.Frequency);
        Assert.Equal(
            [StatusChangeKind.Enrolled, StatusChangeKind.Suspended, StatusChangeKind.Resumed],
            person.History.Select(h => h.Kind));
        Assert.IsType<CoverageResumed>(Assert.Single(person.DomainEvents));
        Assert.Equal(YearMonth.Parse("2026-01"), person.EnrolledFrom);
    }

    [Fact]
    public void Resume_ThenSuspendAgain_KeepsTheWholeHistory()
    {
        // Given
        var person = People.Suspended("2026-01", "2026-04");
        person.Resume(People.Urumqi, Base, PaymentFrequency.Monthly, YearMonth.Parse("2026-06"));

        // When
        person.Suspend(SuspensionReason.EmployedByUnit, YearMonth.Parse("2026-08"), [People.Pension]);

        // Then
        Assert.Equal(InsuredStatus.Suspended, person.Status);
        Assert.Equal(4, person.History.Count);
    }

    [Fact]
    public void Suspend_Throws_WhenBeforeTheResumption()
    {
        // Given resumed in 2026-06
        var person = People.Suspended("2026-01", "2026-04");
        person.Resume(People.Urumqi, Base, PaymentFrequency.Monthly, YearMonth.Parse("2026-06"));

        // When / Then
        var error = Assert.Throws<DomainException>(() => person.Suspend(SuspensionReason.Other, YearMonth.Parse("2026-05"), [People.Pension]));
        Assert.Equal("Suspension.BeforeEnrollment", error.Code);
    }

    [Theory]
    [InlineData(InsuredStatus.NotInsured, "Resumption.NotInsured")]
    [InlineData(InsuredStatus.Active, "Resumption.NotSuspended")]
    public void Resume_Throws_WhenNotSuspended(InsuredStatus status, string code)
    {
        // Given
        var person = status == InsuredStatus.Active ? People.Active() : People.NotInsured();

        // When / Then
        var error = Assert.Throws<DomainException>(() => person.Resume(People.Urumqi, Base, PaymentFrequency.Monthly, YearMonth.Parse("2026-06")));
        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void Resume_Throws_WhenBeforeTheSuspension()
    {
        // Given
        var person = People.Suspended("2026-01", "2026-04");

        // When / Then
        var error = Assert.Throws<DomainException>(() => person.Resume(People.Urumqi, Base, PaymentFrequency.Monthly, YearMonth.Parse("2026-03")));
        Assert.Equal("Resumption.BeforeSuspension", error.Code);
    }

    [Fact]
    public void SummariseContributions_AddsEmployerAndFlexibleMonths_AndShowsShortfall()
    {
        // Given a man born 1990-06 (retires at 63 in 2053-06, minimum 20 years) with 5 employer years and 2 flexible
        var person = People.NotInsured(employerMonths: 60);
        person.CreditFlexibleMonths(12);
        person.CreditFlexibleMonths(12);

        // When
        var summary = person.SummariseContributions(55, YearMonth.Parse("2026-06"));

        // Then
        Assert.Equal(84, summary.TotalMonths);
        Assert.Equal(YearMonth.Parse("2053-06"), summary.RetirementAge.RetirementMonth);
        Assert.Equal(240, summary.RequiredMonths);
        Assert.Equal(156, summary.ShortfallMonths);
        Assert.Equal(324, summary.MonthsUntilRetirement);
        Assert.Equal(0, summary.ProjectedShortfallMonths);
    }

    [Fact]
    public void SummariseContributions_ShowsProjectedShortfall_WhenRetirementIsNear()
    {
        // Given a woman born 1974-10 (56y3m → 2031-01, minimum 16 years = 192 months, DOMAIN-SOURCES §8.4)
        var person = new InsuredPerson(Guid.NewGuid(), Ids.Woman("1974-10-08"), "李四", employerMonths: 100);
        person.CreditEmployerMonths(20);

        // When
        var summary = person.SummariseContributions(55, YearMonth.Parse("2026-01"));

        // Then 120 paid + 60 months left = 180 < 192
        Assert.Equal(192, summary.RequiredMonths);
        Assert.Equal(72, summary.ShortfallMonths);
        Assert.Equal(60, summary.MonthsUntilRetirement);
        Assert.Equal(12, summary.ProjectedShortfallMonths);
    }
}
