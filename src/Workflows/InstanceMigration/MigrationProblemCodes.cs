namespace SocialInsurance.Workflows.InstanceMigration;

/// <summary>
/// The stable codes of <see cref="MigrationProblem"/>, by when they are found; the API's error catalog has a zh and an
/// en text for each, and batch items store them, so the texts never change (<c>StoredNamesTests</c> pins them).
/// </summary>
public static class MigrationProblemCodes
{
    /// <summary>
    /// Found by <see cref="MigrationPlanner"/> in the two versions and the mapping, before any instance is read: a
    /// plan with one of these migrates nothing. <see cref="ScopeChanged"/> is also reported for an instance whose
    /// token's parent maps to another scope than its element.
    /// </summary>
    public static class Plan
    {
        public const string SourceUnknown = "migration.sourceUnknown";
        public const string TargetUnknown = "migration.targetUnknown";
        public const string DuplicateSource = "migration.duplicateSource";
        public const string KindMismatch = "migration.kindMismatch";
        public const string UnmappedWaitState = "migration.unmappedWaitState";
        public const string MultiInstanceChanged = "migration.multiInstanceChanged";
        public const string ScopeChanged = "migration.scopeChanged";
    }

    /// <summary>Found for one instance (<see cref="InstanceCheck"/>, <see cref="InstanceMigrator"/>): that instance fails or is skipped, the others go on.</summary>
    public static class Instance
    {
        public const string NoCounterpart = "migration.noCounterpart";
        public const string EventRenamed = "migration.eventRenamed";
        public const string JoinFlowMissing = "migration.joinFlowMissing";
        public const string InstanceNotFound = "migration.instanceNotFound";
        public const string InstanceEnded = "migration.instanceEnded";
        public const string AlreadyOnTarget = "migration.alreadyOnTarget";
        public const string OtherVersion = "migration.otherVersion";
        public const string ChangedConcurrently = "migration.changedConcurrently";
    }
}
