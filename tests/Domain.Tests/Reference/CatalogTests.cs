using SocialInsurance.Domain.Reference;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Tests.Reference;

public class CatalogTests
{
    [Fact]
    public void RegionCatalog_Default_HoldsTheFourteenPrefectures_WithoutBingtuan()
    {
        // Given / When
        var codes = RegionCatalog.Default.All.Select(r => r.Code.Value).ToList();

        // Then
        Assert.Equal(
            ["6501", "6502", "6504", "6505", "6523", "6527", "6528", "6529", "6530", "6531", "6532", "6540", "6542", "6543"],
            codes);
        Assert.NotNull(RegionCatalog.Default.Check(RegionCode.Create("6590")));
        Assert.True(RegionCatalog.Default.TryFind(RegionCode.Create("6501"), out var urumqi));
        Assert.Equal(("乌鲁木齐市", "Urumqi"), (urumqi.NameZh, urumqi.NameEn));
    }

    [Fact]
    public void RegionCatalog_IsConfiguration_SoBingtuanCanBeAdded()
    {
        // Given a deployment that adds 石河子市
        var catalog = new RegionCatalog([.. RegionCatalog.DefaultRegions, new Region(RegionCode.Create("6590"), "石河子市", "Shihezi")]);

        // When / Then
        Assert.Null(catalog.Check(RegionCode.Create("6590")));
    }

    [Fact]
    public void RegionCatalog_Throws_WhenACodeRepeats()
    {
        // Given
        var region = RegionCatalog.DefaultRegions[0];

        // When / Then
        Assert.Throws<DomainException>(() => new RegionCatalog([region, region]));
    }

    [Theory]
    [InlineData("650")]
    [InlineData("65010")]
    [InlineData("65a1")]
    [InlineData(null)]
    public void RegionCode_Rejects_WhenNotFourDigits(string? text)
    {
        // Given / When
        var ok = RegionCode.TryCreate(text, out _, out var error);

        // Then
        Assert.False(ok);
        Assert.Equal("RegionCode.Invalid", error!.Code);
    }

    [Fact]
    public void InsuranceTypeCatalog_Default_OffersOnlyEnterprisePension()
    {
        // Given / When
        var type = Assert.Single(InsuranceTypeCatalog.Default.All);

        // Then
        Assert.Equal(("110", "企业职工基本养老保险"), (type.Code, type.NameZh));
    }

    [Fact]
    public void InsuranceTypeCatalog_Check_ReportsNoneSelectedAndEveryUnknownCode()
    {
        // Given / When
        var none = InsuranceTypeCatalog.Default.Check([]);
        var unknown = InsuranceTypeCatalog.Default.Check(["110", "310", "410"]);

        // Then
        Assert.Equal("InsuranceType.NoneSelected", Assert.Single(none).Code);
        Assert.Equal(2, unknown.Count);
        Assert.All(unknown, e => Assert.Equal("InsuranceType.NotOffered", e.Code));
    }

    [Theory]
    [InlineData("ICBC", "102")]
    [InlineData("ABC", "103")]
    [InlineData("BOC", "104")]
    [InlineData("CCB", "105")]
    [InlineData("BOCOM", "301")]
    [InlineData("PSBC", "403")]
    public void BankCategoryCatalog_Default_UsesCnapsCategoryCodes(string code, string cnaps)
    {
        // Given / When
        var found = BankCategoryCatalog.Default.TryFind(code, out var category);

        // Then
        Assert.True(found);
        Assert.Equal(cnaps, category!.CnapsCategoryCode);
        Assert.False(category.CnapsCodeIsShared);
    }

    [Fact]
    public void BankCategoryCatalog_MarksLocalBanksWhoseCodeIsOnlyACategory()
    {
        // Given / When
        var local = BankCategoryCatalog.Default.All.Where(c => c.CnapsCodeIsShared).Select(c => c.Code);

        // Then
        Assert.Equal(["XJRCC", "URUMQIBANK"], local);
        Assert.NotNull(BankCategoryCatalog.Default.Check("HSBC"));
    }

    [Fact]
    public void SuspensionReasons_HaveUniqueCodesAndBothNames()
    {
        // Given / When
        var all = SuspensionReasons.All;

        // Then
        Assert.Equal(Enum.GetValues<SuspensionReason>().Length, all.Count);
        Assert.Equal(all.Count, all.Select(r => r.Code).Distinct().Count());
        Assert.Equal("单位就业", SuspensionReasons.Describe(SuspensionReason.EmployedByUnit).NameZh);
        Assert.True(SuspensionReasons.TryFromCode("05", out var deceased));
        Assert.Equal(SuspensionReason.Deceased, deceased.Reason);
    }
}
