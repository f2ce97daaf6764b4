using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Tests;

public class DomainDependencyTests
{
    [Fact]
    public void Domain_ReferencesOnlyTheBaseLibrary()
    {
        // Given the domain assembly, which must stay free of EF, ASP.NET, the engine and packages (STYLE layout)
        var assembly = typeof(AggregateRoot).Assembly;

        // When
        var foreign = assembly.GetReferencedAssemblies()
            .Select(name => name.Name!)
            .Where(name => !name.StartsWith("System", StringComparison.Ordinal) && name != "netstandard")
            .ToList();

        // Then
        Assert.Empty(foreign);
    }

    [Fact]
    public void DomainTypes_LiveInNamespacesNamedForTheirFolders()
    {
        // Given
        string[] folders = ["SeedWork", "Insurance", "Applications", "Contributions", "Policy", "Reference"];

        // When
        var stray = typeof(AggregateRoot).Assembly.GetExportedTypes()
            .Where(type => !folders.Any(folder => type.Namespace == $"SocialInsurance.Domain.{folder}"))
            .Select(type => type.FullName)
            .ToList();

        // Then
        Assert.Empty(stray);
    }
}
