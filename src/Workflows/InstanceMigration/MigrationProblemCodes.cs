namespace SocialInsurance.Workflows.InstanceMigration;

/// <summary>The stable codes of <see cref="MigrationProblem"/>; the API's error catalog has a zh and an en text for each.</summary>
public static class MigrationProblemCodes
{
    // The plan itself
    public const string SourceUnknown = "migration.sourceUnknown";
    public const string TargetUnknown = "migration.targetUnknown";
    public const string DuplicateSource = "migration.duplicateSource";
    public const string KindMismatch = "migration.kindMismatch";
    public const string UnmappedWaitState = "migration.unmappedWaitState";
    public const string MultiInstanceChanged = "migration.multiInstanceChanged";
    public const string ScopeChanged = "migration.scopeChanged";

    // One instance
    public const string NoCounterpart = "migration.noCounterpart";
    public const string EventRenamed = "migration.eventRenamed";
    public const string JoinFlowMissing = "migration.joinFlowMissing";
    public const string InstanceNotFound = "migration.instanceNotFound";
    public const string InstanceEnded = "migration.instanceEnded";
    public const string AlreadyOnTarget = "migration.alreadyOnTarget";
    public const string OtherVersion = "migration.otherVersion";
    public const string ChangedConcurrently = "migration.changedConcurrently";
}
