namespace SocialInsurance.Workflows.InstanceMigration;

/// <summary>One instance of a batch and what became of it.</summary>
public sealed class MigrationItem
{
    public Guid BatchId { get; init; }
    public Guid InstanceId { get; init; }
    public string? BusinessKey { get; init; }

    /// <summary>The instance's stamp when the batch was created: a different one at run time means it was re-planned.</summary>
    public long PlannedStamp { get; init; }
    public MigrationItemOutcome Outcome { get; set; } = MigrationItemOutcome.Pending;
    public string? ProblemCode { get; set; }
    public string? ProblemElementId { get; set; }

    /// <summary>The problem's English message (hosts render <see cref="ProblemCode"/> in the reader's language).</summary>
    public string? Message { get; set; }

    /// <summary>The problem's arguments as JSON, for rendering its code.</summary>
    public string? ProblemArgs { get; set; }
    public DateTimeOffset? ProcessedAt { get; set; }
}
