using System.Text.Json;
using SocialInsurance.Api.Infrastructure.Problems;

namespace SocialInsurance.Api.Tests.Errors;

/// <summary>
/// The Studio renders errors from their codes with its own i18n files (src/Studio/src/features/errors/i18n, written
/// by scripts/errors-i18n.py): they must hold every code of the catalog, with the same texts, in both languages.
/// </summary>
public sealed class StudioErrorTextsTests
{
    public static TheoryData<string> Languages() => ["zh-CN", "en"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void StudioErrorTexts_MatchTheCatalog_WhenGenerated(string language)
    {
        // Given
        var file = Path.Combine(RepositoryRoot(), "src", "Studio", "src", "features", "errors", "i18n", $"{language}.json");
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        var errors = json.RootElement.GetProperty("errors");

        // When
        var wrong = ErrorCatalog.All
            .Where(code => Text(errors, code.Code) != StudioTemplate(language == "en" ? code.En : code.Zh))
            .Select(code => code.Code)
            .ToList();

        // Then
        Assert.True(wrong.Count == 0, $"Run scripts/errors-i18n.py; differing: {string.Join(", ", wrong)}");
    }

    private static string? Text(JsonElement errors, string code)
    {
        var node = errors;
        foreach (var part in code.Split('.'))
        {
            if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(part, out node))
            {
                return null;
            }
        }

        return node.ValueKind == JsonValueKind.String ? node.GetString() : null;
    }

    private static string StudioTemplate(string template) =>
        System.Text.RegularExpressions.Regex.Replace(template, @"\{([A-Za-z][A-Za-z0-9]*)\}", "{{$1}}");

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SocialInsuranceWorkflows.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
