namespace SocialInsurance.Workflows.InstanceMigration;

public enum MigrationOutcomeKind
{
    Migrated,

    /// <summary>The instance could not move (see the problems); nothing of it changed.</summary>
    Failed,

    /// <summary>Nothing to do: the instance ended, is already on the target version, or runs another version.</summary>
    Skipped,
}

/// <summary>What migrating one instance did. <see cref="Replanned"/>: it had moved on since the dry run and was checked again.</summary>
public sealed record MigrationOutcome(MigrationOutcomeKind Kind, IReadOnlyList<MigrationProblem> Problems, bool Replanned = false)
{
    public static MigrationOutcome Migrated(bool replanned) => new(MigrationOutcomeKind.Migrated, [], replanned);

    public static MigrationOutcome Failed(IReadOnlyList<MigrationProblem> problems, bool replanned = false) => new(MigrationOutcomeKind.Failed, problems, replanned);

    public static MigrationOutcome Skipped(MigrationProblem reason) => new(MigrationOutcomeKind.Skipped, [reason]);
}
