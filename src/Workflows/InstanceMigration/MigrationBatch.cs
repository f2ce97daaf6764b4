namespace SocialInsurance.Workflows.InstanceMigration;

/// <summary>
/// A batch run of one plan over the instances of the source version that were running when it was created. Its
/// counts are saved after every instance, so progress is visible while it runs and a restarted job goes on where the
/// last one stopped (only <see cref="MigrationItemOutcome.Pending"/> items are tried).
/// </summary>
public sealed class MigrationBatch
{
    public Guid Id { get; init; }
    public required string ProcessKey { get; init; }
    public int SourceVersion { get; init; }
    public int TargetVersion { get; init; }

    /// <summary>The mapping as JSON: <c>[{"source":"a","target":"b"}]</c>, exactly what the plan used.</summary>
    public required string Mapping { get; init; }
    public MigrationBatchStatus Status { get; set; } = MigrationBatchStatus.Queued;
    public int Total { get; set; }
    public int Migrated { get; set; }
    public int Failed { get; set; }
    public int Skipped { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public required string CreatedBy { get; init; }
    public DateTimeOffset? EndedAt { get; set; }
    public List<MigrationItem> Items { get; init; } = [];
}
