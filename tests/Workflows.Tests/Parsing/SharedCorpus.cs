namespace SocialInsurance.Workflows.Tests.Parsing;

/// <summary>
/// The third-party corpus lives beside the repository (<c>../shared/corpus</c>), not in it, because CI clones the
/// repository elsewhere with <c>shared/</c> next to it. The root is found by walking up to the solution file.
/// </summary>
internal static class SharedCorpus
{
    public static string Directory { get; } = Locate();

    public static IReadOnlyList<string> ManifestPaths() =>
        File.ReadAllLines(Path.Combine(Directory, "MANIFEST.tsv"))
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t')[0])
            .ToList();

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SocialInsuranceWorkflows.sln")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus"));
        throw new DirectoryNotFoundException(
            $"Expected SocialInsuranceWorkflows.sln above {AppContext.BaseDirectory}, but found none");
    }
}
