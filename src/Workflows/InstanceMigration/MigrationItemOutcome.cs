namespace SocialInsurance.Workflows.InstanceMigration;

public enum MigrationItemOutcome
{
    Pending,
    Migrated,
    Failed,
    Skipped,
}
