using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.Reference;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Tests.Insurance;

public class InsuredPersonTerminationTests
{
    private static readonly ContributionBase Base = ContributionBase.Create(5000m);

    [Theory]
    [InlineData(SuspensionReason.Deceased)]
    [InlineData(SuspensionReason.EmigratedAbroad)]
    public void Suspend_EndsTheRecord_ForDeathOrSettlingAbroad(SuspensionReason reason)
    {
        // Given
        var person = People.Active("2026-01", People.Pension, People.Medical);

        // When: only one 险种 ticked, yet the record ends whole
        person.Suspend(reason, YearMonth.Parse("2026-05"), [People.Pension]);

        // Then
        Assert.Equal(InsuredStatus.Terminated, person.Status);
        Assert.All(person.Coverages, c => Assert.Equal(CoverageStatus.Terminated, c.Status));
        Assert.Equal(reason, person.TerminationReason);
        var change = person.History[^1];
        Assert.Equal((StatusChangeKind.Terminated, InsuredStatus.Active, InsuredStatus.Terminated), (change.Kind, change.From, change.To));
        var raised = Assert.IsType<CoverageSuspended>(Assert.Single(person.DomainEvents));
        Assert.Equal(InsuredStatus.Terminated, raised.PersonStatus);
    }

    [Fact]
    public void Suspend_EndsASuspendedRecord_ForDeath()
    {
        // Given
        var person = People.Suspended();

        // When
        person.Suspend(SuspensionReason.Deceased, YearMonth.Parse("2026-06"), [People.Pension]);

        // Then
        Assert.Equal(InsuredStatus.Terminated, person.Status);
    }

    [Fact]
    public void Suspend_StillOnlyPauses_ForOtherReasons()
    {
        // Given
        var person = People.Active();

        // When
        person.Suspend(SuspensionReason.EmployedByUnit, YearMonth.Parse("2026-05"), [People.Pension]);

        // Then
        Assert.Equal(InsuredStatus.Suspended, person.Status);
        Assert.Null(person.TerminationReason);
    }

    [Theory]
    [InlineData(SuspensionReason.Deceased, "死亡")]
    [InlineData(SuspensionReason.EmigratedAbroad, "出国（境）定居")]
    public void Resume_Throws_WhenTheRecordEnded_SayingWhy(SuspensionReason reason, string why)
    {
        // Given
        var person = People.Active();
        person.Suspend(reason, YearMonth.Parse("2026-05"), [People.Pension]);

        // When
        var error = Assert.Throws<DomainException>(() => person.Resume(People.Urumqi, Base, PaymentFrequency.Monthly, YearMonth.Parse("2026-07"))).Errors[0];

        // Then
        Assert.Equal("Resumption.Terminated", error.Code);
        Assert.Contains(why, error.MessageZh, StringComparison.Ordinal);
        Assert.Equal(InsuredStatus.Terminated, person.Status);
    }

    [Fact]
    public void SyncEmployerMonths_CreditsOnlyWhatIsMissing_AndNeverLowers()
    {
        // Given
        var person = People.NotInsured(employerMonths: 24);

        // When
        var first = person.SyncEmployerMonths(84);
        var again = person.SyncEmployerMonths(84);
        var lower = person.SyncEmployerMonths(10);

        // Then
        Assert.Equal((60, 0, 0), (first, again, lower));
        Assert.Equal(84, person.EmployerMonths);
        Assert.Equal(84, person.TotalMonths);
    }

    [Fact]
    public void ResumeAfterEmployment_MakesAFormerEmployeeActive_WithTheEmployerMonthsCounting()
    {
        // Given
        var person = People.NotInsured();
        person.SyncEmployerMonths(84);

        // When
        person.ResumeAfterEmployment(People.Urumqi, Base, PaymentFrequency.Monthly, [People.Pension], YearMonth.Parse("2026-05"));

        // Then
        Assert.Equal(InsuredStatus.Active, person.Status);
        Assert.Equal(StatusChangeKind.Resumed, Assert.Single(person.History).Kind);
        Assert.IsType<CoverageResumed>(Assert.Single(person.DomainEvents));
        var summary = person.SummariseContributions(55, YearMonth.Parse("2026-05"));
        Assert.Equal(84, summary.TotalMonths);
        Assert.Equal(summary.RequiredMonths - 84, summary.ShortfallMonths);
    }

    [Fact]
    public void ResumeAfterEmployment_Throws_WithoutEmployerMonths()
    {
        // Given
        var person = People.NotInsured();

        // When
        var error = Assert.Throws<DomainException>(() =>
            person.ResumeAfterEmployment(People.Urumqi, Base, PaymentFrequency.Monthly, [People.Pension], YearMonth.Parse("2026-05"))).Errors[0];

        // Then
        Assert.Equal("Resumption.NotInsured", error.Code);
        Assert.Equal(InsuredStatus.NotInsured, person.Status);
    }
}
