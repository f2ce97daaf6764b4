using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Tests.Insurance;

public class RegistryStandingTests
{
    private static RegistryStanding With(params EnrollmentElsewhere[] enrollments) => new(enrollments, 60, null, null);

    [Theory]
    [InlineData(ElsewhereScheme.Employer, "6501", "Registry.EmployerPaying")]
    [InlineData(ElsewhereScheme.Employer, "1101", "Registry.EmployerPaying")]
    [InlineData(ElsewhereScheme.UrbanRuralResident, "6501", "Registry.ResidentScheme")]
    [InlineData(ElsewhereScheme.PublicInstitution, "6502", "Registry.PublicInstitution")]
    [InlineData(ElsewhereScheme.FlexibleEmployment, "4403", "Registry.OtherProvince")]
    [InlineData(ElsewhereScheme.UrbanRuralResident, "5101", "Registry.OtherProvince")]
    [InlineData(ElsewhereScheme.FlexibleEmployment, "6502", "Registry.InsuredElsewhere")]
    public void Duplicate_SaysWhy_WhenContributionsArePaidElsewhere(ElsewhereScheme scheme, string region, string code)
    {
        // Given
        var standing = With(new EnrollmentElsewhere(scheme, region, "某某公司", Paying: true));

        // When
        var duplicate = standing.Duplicate();

        // Then
        Assert.Equal(code, duplicate?.Code);
        Assert.DoesNotContain("Registry.", duplicate!.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_NamesTheEmployer_ThatPays()
    {
        // Given
        var standing = With(new EnrollmentElsewhere(ElsewhereScheme.Employer, "6501", "新疆某某建设集团有限公司", Paying: true));

        // When / Then
        Assert.Contains("新疆某某建设集团有限公司", standing.Duplicate()!.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_RefusesAPensioner()
    {
        // Given
        var standing = RegistryStanding.None with { PensionSince = YearMonth.Parse("2025-01") };

        // When / Then
        Assert.Equal("Registry.DrawingPension", standing.Duplicate()?.Code);
    }

    [Fact]
    public void Duplicate_IsNull_WhenNothingIsPaidElsewhere()
    {
        // Given
        var standing = With(new EnrollmentElsewhere(ElsewhereScheme.Employer, "6501", "某某公司", Paying: false));

        // When / Then
        Assert.Null(standing.Duplicate());
        Assert.Null(RegistryStanding.None.Duplicate());
    }

    [Theory]
    [InlineData(ElsewhereScheme.Employer, "6501", false, true)]
    [InlineData(ElsewhereScheme.FlexibleEmployment, "6531", false, true)]
    [InlineData(ElsewhereScheme.Employer, "6501", true, false)]
    [InlineData(ElsewhereScheme.Employer, "1101", false, false)]
    [InlineData(ElsewhereScheme.UrbanRuralResident, "6501", false, false)]
    public void IsFormerEmployee_OnlyForASuspendedEnterpriseRecordInXinjiang(ElsewhereScheme scheme, string region, bool paying, bool former)
    {
        // Given
        var standing = With(new EnrollmentElsewhere(scheme, region, "某某公司", paying));

        // When / Then
        Assert.Equal(former, standing.IsFormerEmployee);
    }

    [Fact]
    public void Death_GivesTheDate_WhenRecorded()
    {
        // Given
        var standing = RegistryStanding.None with { DiedOn = new DateOnly(2026, 1, 15) };

        // When / Then
        Assert.Equal("Identity.Deceased", standing.Death?.Code);
        Assert.Contains("2026-01-15", standing.Death!.MessageZh, StringComparison.Ordinal);
        Assert.Null(RegistryStanding.None.Death);
    }
}
