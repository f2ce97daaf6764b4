using System.Reflection;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.InstanceMigration;

namespace SocialInsurance.Workflows.Tests.Persistence;

/// <summary>
/// Names the engine stores as text and reads back (journal rows, migration items), and hosts match against their
/// catalogs: a renamed constant must not rename what existing databases hold. The texts are written out here on
/// purpose; a new name is added to the list, an existing one never changes.
/// </summary>
public sealed class StoredNamesTests
{
    [Fact]
    public void JournalEvents_KeepTheirStoredTexts()
    {
        // Given
        string[] stored =
        [
            "Activated", "Completed", "Terminated", "Cancelled", "SequenceFlowTaken", "Claimed", "Unclaimed", "Assigned",
            "Delegated", "Resolved", "FollowUpSet", "IncidentCreated", "IncidentResolved", "JobFailed", "MessageCorrelated",
            "ErrorThrown", "EscalationThrown", "SignalThrown", "CompensationThrown", "SignalReceived", "CalledInstanceStarted",
            "process", "sequenceFlow",
        ];

        // When
        var texts = Constants(typeof(JournalEvents));

        // Then
        Assert.Equal(stored.Order(StringComparer.Ordinal), texts.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void MigrationProblemCodes_KeepTheirStoredTexts()
    {
        // Given
        string[] stored =
        [
            "migration.sourceUnknown", "migration.targetUnknown", "migration.duplicateSource", "migration.kindMismatch",
            "migration.unmappedWaitState", "migration.multiInstanceChanged", "migration.scopeChanged",
            "migration.noCounterpart", "migration.eventRenamed", "migration.joinFlowMissing", "migration.instanceNotFound",
            "migration.instanceEnded", "migration.alreadyOnTarget", "migration.otherVersion", "migration.changedConcurrently",
        ];

        // When
        var texts = typeof(MigrationProblemCodes).GetNestedTypes().SelectMany(Constants);

        // Then
        Assert.Equal(stored.Order(StringComparer.Ordinal), texts.Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string> Constants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);
}
