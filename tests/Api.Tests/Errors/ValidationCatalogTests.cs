using System.Text.RegularExpressions;
using SocialInsurance.Api.Infrastructure.Problems;

namespace SocialInsurance.Api.Tests.Errors;

/// <summary>
/// Every validation code the engine reports (BPMN and DMN) has a Chinese and an English text in the catalog, so the
/// modeler never shows an English engine message to a Chinese reader. The codes are read from the engine's sources:
/// a rule added there without a catalog text fails here.
/// </summary>
public sealed partial class ValidationCatalogTests
{
    [Fact]
    public void EngineValidationCode_HasACatalogText_ForEveryCodeTheEngineReports()
    {
        // Given
        var sources = Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src", "Workflows"), "*.cs", SearchOption.AllDirectories)
            .Where(f => f.Contains($"{Path.DirectorySeparatorChar}Validation{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                || f.Contains($"{Path.DirectorySeparatorChar}Parsing{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var codes = sources.SelectMany(f => IssueCode().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);

        // When
        var missing = codes.Where(c => ErrorCatalog.Find(c) is null).Order(StringComparer.Ordinal).ToList();

        // Then
        Assert.True(codes.Count > 50, $"found only {codes.Count} codes: the pattern no longer matches the engine's sources");
        Assert.Empty(missing);
    }

    // A kebab-case string literal: the engine's codes ("missing-outgoing"); its messages and XML names are not kebab-case.
    [GeneratedRegex("\"([a-z]+(?:-[a-z]+)+)\"")]
    private static partial Regex IssueCode();

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SocialInsuranceWorkflows.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
