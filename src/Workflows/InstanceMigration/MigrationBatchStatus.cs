namespace SocialInsurance.Workflows.InstanceMigration;

public enum MigrationBatchStatus
{
    Queued,
    Running,

    /// <summary>Every instance was tried; some may have failed or been skipped (see the items).</summary>
    Completed,

    /// <summary>The run itself stopped (the plan no longer holds, a version was removed); pending items stay pending.</summary>
    Failed,
}
