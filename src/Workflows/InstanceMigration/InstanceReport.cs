namespace SocialInsurance.Workflows.InstanceMigration;

/// <summary>What a dry run says about one running instance: where it rests, and why it could not move (if so).</summary>
public sealed record InstanceReport(
    Guid InstanceId,
    string? BusinessKey,
    IReadOnlyList<string> ActiveElements,
    IReadOnlyList<MigrationProblem> Problems,
    long ConcurrencyStamp)
{
    public bool CanMigrate => Problems.Count == 0;
}
