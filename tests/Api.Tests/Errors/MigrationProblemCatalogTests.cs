using System.Reflection;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.InstanceMigration;

namespace SocialInsurance.Api.Tests.Errors;

/// <summary>
/// Every problem the engine's migration reports (<see cref="MigrationProblemCodes"/>, in its groups) has a Chinese and
/// an English sentence, so a plan or a batch item is shown in the reader's language, never as the engine's English.
/// </summary>
public sealed class MigrationProblemCatalogTests
{
    public static TheoryData<string> Codes() =>
    [
        .. typeof(MigrationProblemCodes).GetNestedTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Select(f => (string)f.GetRawConstantValue()!),
    ];

    [Theory]
    [MemberData(nameof(Codes))]
    public void MigrationProblemCode_HasACatalogSentence(string code)
    {
        // Given // When
        var entry = ErrorCatalog.Find(code);

        // Then
        Assert.NotNull(entry);
    }
}
