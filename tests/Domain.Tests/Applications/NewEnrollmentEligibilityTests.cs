using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.Reference;
using SocialInsurance.Domain.Tests.Policy;
using static SocialInsurance.Domain.Tests.Applications.Applications;

namespace SocialInsurance.Domain.Tests.Applications;

public class NewEnrollmentEligibilityTests
{
    private static readonly NewEnrollmentEligibility Eligibility =
        new(RegionCatalog.Default, InsuranceTypeCatalog.Default, BankCategoryCatalog.Default);

    private static readonly DateOnly Today = new(2026, 5, 6);

    private static IReadOnlyList<string> Check(ResidentIdNumber applicant, NewEnrollmentDetails? details = null, InsuredStatus? existing = null, int femaleAge = 55, string name = "张三") =>
        [.. Eligibility.Check(applicant, name, details ?? Enrollment(name), existing, PolicyYears.WithFemaleAge(2026, femaleAge), Today).Select(e => e.Code)];

    [Fact]
    public void Check_Passes_ForAnEligibleAdult()
    {
        // Given / When / Then
        Assert.Empty(Check(Ids.Man("1990-06-15")));
    }

    [Theory]
    [InlineData("2010-05-06", true)]
    [InlineData("2010-05-07", false)]
    public void Check_RequiresAge16_OnTheBusinessDate(string birth, bool eligible)
    {
        // Given someone turning 16 on 2026-05-06 (today) or tomorrow
        // When
        var codes = Check(Ids.Woman(birth));

        // Then
        Assert.Equal(eligible, !codes.Contains("Enrollment.TooYoung"));
    }

    [Theory]
    // a man born 1966-04 retires at 60y4m in 2026-08: still eligible in 2026-05
    [InlineData("1966-04-01", true)]
    // a man born 1965-12 retires at 60y3m in 2026-03: no longer
    [InlineData("1965-12-01", false)]
    [InlineData("1960-01-01", false)]
    public void Check_RequiresBeingBelowReformedRetirementAge_ForMen(string birth, bool eligible)
    {
        // Given / When
        var codes = Check(Ids.Man(birth));

        // Then
        Assert.Equal(eligible, !codes.Contains("Enrollment.RetirementAgeReached"));
    }

    [Theory]
    // a woman born 1971-01: original 55 → 55y4m → 2026-05 (retired); original 50 → long past
    [InlineData("1971-01-10", 55, false)]
    // born 1971-02: 55y4m → 2026-06, still eligible in May
    [InlineData("1971-02-10", 55, true)]
    // born 1976-01 on the 50 track: 50y7m → 2026-08, eligible; on the 55 track, eligible too
    [InlineData("1976-01-10", 50, true)]
    // born 1975-06 on the 50 track: 50y3m → 2025-09, retired
    [InlineData("1975-06-10", 50, false)]
    [InlineData("1975-06-10", 55, true)]
    public void Check_UsesThePolicysFemaleTrack(string birth, int femaleAge, bool eligible)
    {
        // Given / When
        var codes = Check(Ids.Woman(birth), femaleAge: femaleAge);

        // Then
        Assert.Equal(eligible, !codes.Contains("Enrollment.RetirementAgeReached"));
    }

    [Theory]
    [InlineData(InsuredStatus.Active, "Enrollment.AlreadyInsured")]
    [InlineData(InsuredStatus.Suspended, "Enrollment.UseResumption")]
    public void Check_SendsExistingRecordsToResumption(InsuredStatus existing, string code)
    {
        // Given / When
        var codes = Check(Ids.Man("1990-06-15"), existing: existing);

        // Then
        Assert.Equal([code], codes);
    }

    [Fact]
    public void Check_Passes_WhenExistingRecordNeverInsured()
    {
        // Given a record created from employer months only
        // When / Then
        Assert.Empty(Check(Ids.Man("1990-06-15"), existing: InsuredStatus.NotInsured));
    }

    [Fact]
    public void Check_ReturnsEveryFailedRule_NotJustTheFirst()
    {
        // Given a 12-year-old with a suspended record, an unknown region, type and bank, someone else's card and a base over the limit
        var details = Enrollment("李四", baseYuan: 20000m) with
        {
            Region = RegionCode.Create("6590"),
            InsuranceTypeCodes = ["310"],
            BankCategoryCode = "HSBC",
        };

        // When
        var codes = Check(Ids.Man("2014-01-01"), details, InsuredStatus.Suspended);

        // Then
        Assert.Equal(
            ["Enrollment.TooYoung", "Enrollment.UseResumption", "Region.NotOffered", "InsuranceType.NotOffered", "BankCategory.NotOffered", "BankAccount.HolderMismatch", "ContributionBase.OutOfRange"],
            codes);
    }

    [Fact]
    public void Check_RejectsBaseBelowTheLowerLimit()
    {
        // Given / When
        var codes = Check(Ids.Man("1990-06-15"), Enrollment(baseYuan: 3000m));

        // Then
        Assert.Equal(["ContributionBase.OutOfRange"], codes);
    }

    [Fact]
    public void Check_RequiresAGrade_WhenPolicyIsFixed()
    {
        // Given
        var policy = PolicyYears.Urumqi(2026, Domain.Policy.GradeMode.Fixed);

        // When
        var errors = Eligibility.Check(Ids.Man("1990-06-15"), "张三", Enrollment(baseYuan: 5000m), null, policy, Today);

        // Then
        Assert.Equal("ContributionBase.NotAGrade", Assert.Single(errors).Code);
        Assert.Empty(Eligibility.Check(Ids.Man("1990-06-15"), "张三", Enrollment(baseYuan: 6531m), null, policy, Today));
    }

    [Fact]
    public void Check_RequiresAnInsuranceType()
    {
        // Given
        var details = Enrollment() with { InsuranceTypeCodes = [] };

        // When / Then
        Assert.Equal(["InsuranceType.NoneSelected"], Check(Ids.Man("1990-06-15"), details));
    }

    [Fact]
    public void Check_Passes_ForPaymentFrequencyOtherThanMonthly()
    {
        // Given
        var details = Enrollment() with { Frequency = PaymentFrequency.HalfYearly };

        // When / Then
        Assert.Empty(Check(Ids.Man("1990-06-15"), details));
    }
}
