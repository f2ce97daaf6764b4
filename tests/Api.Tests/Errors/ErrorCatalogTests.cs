using System.Text.RegularExpressions;
using SocialInsurance.Api.Infrastructure.Problems;

namespace SocialInsurance.Api.Tests.Errors;

/// <summary>Every code the API answers with has a Chinese and an English text that take the same arguments.</summary>
public sealed partial class ErrorCatalogTests
{
    public static TheoryData<string> Codes() => [.. ErrorCatalog.All.Select(c => c.Code)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void ErrorCode_HasAChineseAndAnEnglishText_WithTheSameArguments(string code)
    {
        // Given
        var entry = ErrorCatalog.Find(code)!;

        // When
        var zh = ErrorCatalog.Placeholders(entry.Zh);
        var en = ErrorCatalog.Placeholders(entry.En);

        // Then
        Assert.Matches(Han(), entry.Zh);
        Assert.DoesNotMatch(Han(), entry.En);
        Assert.Matches("[A-Za-z]", entry.En);
        Assert.Equal(en.Order(), zh.Order());
    }

    [Fact]
    public void ErrorCatalog_HoldsEachCodeOnce()
    {
        // Given
        var fields = typeof(ErrorCodes).GetFields().Where(f => f.FieldType == typeof(ErrorCode)).Select(f => ((ErrorCode)f.GetValue(null)!).Code).ToList();

        // When
        var duplicates = fields.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key);

        // Then
        Assert.Empty(duplicates);
        Assert.Equal(fields.Count, ErrorCatalog.All.Count);
    }

    [Fact]
    public void ErrorCatalog_GivesEachCodeItsOwnMeaning_NoTwoCodesWithTheSameTexts()
    {
        // Given
        var codes = ErrorCatalog.All;

        // When two codes say the same in both languages, a client cannot tell why it is answered differently
        var alike = codes.GroupBy(c => (c.Zh, c.En)).Where(g => g.Count() > 1).Select(g => string.Join(" = ", g.Select(c => c.Code)));

        // Then
        Assert.Empty(alike);
    }

    [Fact]
    public void Render_FillsArgumentsAndNamesTermsInTheLanguage_WhenAnArgumentIsATerm()
    {
        // Given
        var error = ErrorCodes.ApplicationMaterialMissing.With(new { material = new LocalizedArg("HouseholdRegister", "户口本复印件", "household register copy") });

        // When
        var zh = error.Render(Language.Chinese);
        var en = error.Render(Language.English);

        // Then
        Assert.Equal("请上传户口本复印件", zh);
        Assert.Equal("Upload the household register copy.", en);
    }

    [Fact]
    public void Render_FallsBackToTheTextsTheErrorBrought_WhenTheCodeIsUnknown()
    {
        // Given
        var error = new ApiError("someRule.added-elsewhere", new Dictionary<string, object?>(), new ErrorText("Expected a name, but it was empty.", "Expected a name, but it was empty."));

        // When
        var text = error.Render(Language.Chinese);

        // Then
        Assert.Equal("Expected a name, but it was empty.", text);
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}
