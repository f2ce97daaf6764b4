using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.Reference;
using SocialInsurance.Domain.SeedWork;
using SocialInsurance.Domain.Tests.Insurance;
using SocialInsurance.Domain.Tests.Policy;
using static SocialInsurance.Domain.Tests.Applications.Applications;

namespace SocialInsurance.Domain.Tests.Applications;

/// <summary>The rules that read the national registry, and the terminal and retirement rules of 续保.</summary>
public class RegistryEligibilityTests
{
    private static readonly NewEnrollmentEligibility Eligibility = new(RegionCatalog.Default, InsuranceTypeCatalog.Default, BankCategoryCatalog.Default);
    private static readonly ResumptionRules Resumptions = new(RegionCatalog.Default, BankCategoryCatalog.Default);
    private static readonly YearMonth May = YearMonth.Parse("2026-05");

    private static RegistryStanding FormerEmployee(int months = 84) =>
        new([new EnrollmentElsewhere(ElsewhereScheme.Employer, "6501", "某某商贸有限公司", Paying: false)], months, null, null);

    private static RegistryStanding Paying(ElsewhereScheme scheme, string region = "6501") =>
        new([new EnrollmentElsewhere(scheme, region, "某某公司", Paying: true)], 12, null, null);

    private static string[] NewEnrollment(RegistryStanding registry, InsuredStatus? existing = null) =>
        [.. Eligibility.Check(Ids.Man("1990-06-15"), "张三", Enrollment(), existing, PolicyYears.Urumqi(2026), new DateOnly(2026, 5, 6), registry).Select(e => e.Code)];

    private static string[] Resumption(InsuredPerson? person, RegistryStanding? registry = null, ResidentIdNumber? id = null) =>
        [.. Resumptions.Check(person, "张三", Applications.Resumption(), PolicyYears.Urumqi(2026), May, registry, id ?? person?.IdNumber ?? Ids.Man("1990-06-15")).Select(e => e.Code)];

    [Theory]
    [InlineData(ElsewhereScheme.Employer, "6501", "Registry.EmployerPaying")]
    [InlineData(ElsewhereScheme.UrbanRuralResident, "6501", "Registry.ResidentScheme")]
    [InlineData(ElsewhereScheme.PublicInstitution, "6501", "Registry.PublicInstitution")]
    [InlineData(ElsewhereScheme.FlexibleEmployment, "1101", "Registry.OtherProvince")]
    public void NewEnrollment_IsRefused_WhenInsuredElsewhere(ElsewhereScheme scheme, string region, string code)
    {
        // Given / When / Then
        Assert.Equal([code], NewEnrollment(Paying(scheme, region)));
    }

    [Fact]
    public void NewEnrollment_IsRefused_ForAPensioner_AndForARecordedDeath()
    {
        // Given / When / Then
        Assert.Equal(["Registry.DrawingPension"], NewEnrollment(RegistryStanding.None with { PensionSince = YearMonth.Parse("2024-03") }));
        Assert.Equal(["Identity.Deceased"], NewEnrollment(RegistryStanding.None with { DiedOn = new DateOnly(2026, 1, 15) }));
    }

    [Fact]
    public void NewEnrollment_SendsAFormerEmployee_ToResumption()
    {
        // Given / When / Then
        Assert.Equal(["Enrollment.UseResumption"], NewEnrollment(FormerEmployee()));
    }

    [Fact]
    public void NewEnrollment_IsRefused_WhenOurRecordEnded()
    {
        // Given / When / Then
        Assert.Equal(["Enrollment.RecordEnded"], NewEnrollment(RegistryStanding.None, InsuredStatus.Terminated));
    }

    [Fact]
    public void Resumption_Passes_ForAFormerEmployee_WithNoRecordOfOurs()
    {
        // Given / When / Then
        Assert.Empty(Resumption(null, FormerEmployee()));
        Assert.Equal(["Resumption.NotInsured"], Resumption(null, RegistryStanding.None));
    }

    [Fact]
    public void Resumption_IsRefused_WhenAnEmployerPaysAgain()
    {
        // Given / When / Then
        Assert.Equal(["Registry.EmployerPaying"], Resumption(People.Suspended(), Paying(ElsewhereScheme.Employer)));
    }

    [Fact]
    public void Resumption_IsRefused_ForATerminatedRecord_SayingWhy()
    {
        // Given
        var person = People.Active();
        person.Suspend(SuspensionReason.EmigratedAbroad, YearMonth.Parse("2026-03"), [People.Pension]);

        // When
        var errors = Resumptions.Check(person, "张三", Applications.Resumption(), PolicyYears.Urumqi(2026), May);

        // Then
        var error = Assert.Single(errors);
        Assert.Equal("Resumption.Terminated", error.Code);
        Assert.Contains("出国（境）定居", error.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    // a man born 1960-01 reached 60 in 2020-01: with 180 months he has the minimum, so no 续保
    [InlineData(180, "Resumption.RetirementAgeReached")]
    // with 120 months he is short of the 15 years: 续保 is 延长缴费
    [InlineData(120, null)]
    public void Resumption_PastRetirementAge_OnlyAsExtendedPayment(int employerMonths, string? code)
    {
        // Given
        var id = Ids.Man("1960-01-10");

        // When
        var codes = Resumption(null, FormerEmployee(employerMonths), id);

        // Then
        Assert.Equal(code is null ? [] : [code], codes);
    }

    [Fact]
    public void Resumption_BelowRetirementAge_HasNoAgeBar()
    {
        // Given / When / Then
        Assert.Empty(Resumption(null, FormerEmployee(400), Ids.Man("1990-06-15")));
    }

    [Fact]
    public void Suspension_AcceptsDeath_ForASuspendedRecord()
    {
        // Given
        var person = People.Suspended();

        // When
        var errors = SuspensionRules.Check(person, new SuspensionDetails(SuspensionReason.Deceased, May, [People.Pension]), May, []);
        var pause = SuspensionRules.Check(person, new SuspensionDetails(SuspensionReason.PersonalPause, May, [People.Pension]), May, []);

        // Then
        Assert.Empty(errors);
        Assert.Equal(["Suspension.NotActive"], pause.Select(e => e.Code));
    }
}
