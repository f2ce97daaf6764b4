using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.Reference;
using SocialInsurance.Domain.SeedWork;
using SocialInsurance.Domain.Tests.Insurance;
using SocialInsurance.Domain.Tests.Policy;
using static SocialInsurance.Domain.Tests.Applications.Applications;

namespace SocialInsurance.Domain.Tests.Applications;

public class ResumptionRulesTests
{
    private static readonly ResumptionRules Rules = new(RegionCatalog.Default, BankCategoryCatalog.Default);

    private static IReadOnlyList<string> Check(InsuredPerson? person, ResumptionDetails? details = null, string name = "张三") =>
        [.. Rules.Check(person, name, details ?? Resumption(), PolicyYears.Urumqi(2026), YearMonth.Parse("2026-05")).Select(e => e.Code)];

    [Fact]
    public void Check_Passes_WhenSuspended()
    {
        // Given / When / Then
        Assert.Empty(Check(People.Suspended()));
    }

    [Theory]
    [InlineData(InsuredStatus.Active, "Resumption.NotSuspended")]
    [InlineData(InsuredStatus.NotInsured, "Resumption.NotInsured")]
    public void Check_Rejects_WhenNotSuspended(InsuredStatus status, string code)
    {
        // Given
        var person = status == InsuredStatus.Active ? People.Active() : People.NotInsured();

        // When / Then
        Assert.Equal([code], Check(person));
        Assert.Equal(["Resumption.NotInsured"], Check(null));
    }

    [Fact]
    public void Check_ReturnsEveryFailedRule()
    {
        // Given someone else's card, a region and bank not offered, and a base under the limit
        var details = Resumption("李四", baseYuan: 1000m, region: "6599", bank: "HSBC");

        // When
        var codes = Check(People.Active(), details);

        // Then
        Assert.Equal(
            ["Resumption.NotSuspended", "Region.NotOffered", "BankCategory.NotOffered", "BankAccount.HolderMismatch", "ContributionBase.OutOfRange"],
            codes);
    }

    [Fact]
    public void ApprovedResumption_TakesEffectFromTheCurrentMonth()
    {
        // Given a suspended person and a clock in 2026-05 (China time)
        var person = People.Suspended("2026-01", "2026-03");
        var details = Resumption();
        var clock = new FixedClock(new DateTimeOffset(2026, 4, 30, 17, 0, 0, TimeSpan.Zero));

        // When the registering step applies it
        person.Resume(details.Region, details.ContributionBase, details.Frequency, ChinaTime.CurrentMonth(clock));

        // Then
        Assert.Equal(YearMonth.Parse("2026-05"), person.History[^1].Month);
        Assert.Equal(InsuredStatus.Active, person.Status);
    }
}
