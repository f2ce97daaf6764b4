using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Instances;

namespace SocialInsurance.Workflows.InstanceMigration;

/// <summary>Batches and the reads a plan needs; the engine's persistence implements it.</summary>
public interface IMigrationStore
{
    /// <summary>Active instances of a version with their bookmarks, oldest first.</summary>
    Task<IReadOnlyList<(ProcessInstance Instance, IReadOnlyList<Bookmark> Bookmarks)>> RunningInstancesAsync(string definitionId, CancellationToken ct);

    Task AddAsync(MigrationBatch batch, CancellationToken ct);

    /// <summary>The batch with its items in creation order, or null.</summary>
    Task<MigrationBatch?> FindAsync(Guid id, CancellationToken ct);

    /// <summary>Batches without their items, newest first; all processes when <paramref name="processKey"/> is null.</summary>
    Task<IReadOnlyList<MigrationBatch>> ListAsync(string? processKey, int limit, CancellationToken ct);

    /// <summary>Saves the batch's status and counts and the given item's outcome together.</summary>
    Task SaveProgressAsync(MigrationBatch batch, MigrationItem? item, CancellationToken ct);
}
