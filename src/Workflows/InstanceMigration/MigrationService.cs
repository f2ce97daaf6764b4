using System.Text.Json;
using SocialInsurance.Workflows.Deployment;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Workflows.InstanceMigration;

/// <summary>
/// Migration as the host sees it: plan two versions of a process, dry-run the plan over the running instances of the
/// source version, or record a batch for <see cref="MigrationBatchRunner"/> to run one instance at a time.
/// </summary>
public sealed class MigrationService(IDefinitionRepository definitions, ModelCache models, IMigrationStore store, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The plan, or NotFound (<c>process.versionNotFound</c>) for a version that does not exist.</summary>
    public async Task<RuntimeResult<MigrationPlan>> PlanAsync(
        string processKey, int sourceVersion, int targetVersion, IReadOnlyList<ElementMapping>? mapping, CancellationToken ct = default)
    {
        var sourceId = ProcessDefinition.IdFor(processKey, sourceVersion);
        var targetId = ProcessDefinition.IdFor(processKey, targetVersion);
        foreach (var (id, version) in new[] { (sourceId, sourceVersion), (targetId, targetVersion) })
        {
            if (await definitions.FindAsync(id, ct) is null)
            {
                return RuntimeResult<MigrationPlan>.NotFound(
                    $"Process '{processKey}' has no version {version}.", "process.versionNotFound", new { key = processKey, version });
            }
        }

        var source = await models.GetAsync(sourceId, ct);
        var target = await models.GetAsync(targetId, ct);
        return RuntimeResult<MigrationPlan>.Ok(MigrationPlanner.Plan(sourceId, sourceVersion, source!, targetId, targetVersion, target!, mapping));
    }

    /// <summary>What the plan would do to each running instance of the source version; changes nothing.</summary>
    public async Task<IReadOnlyList<InstanceReport>> DryRunAsync(MigrationPlan plan, CancellationToken ct = default)
    {
        var running = await store.RunningInstancesAsync(plan.SourceDefinitionId, ct);
        return running.Select(r => InstanceCheck.Check(plan, r.Instance, r.Bookmarks)).ToArray();
    }

    /// <summary>Records a batch over the instances running now; the host enqueues its job. The plan must be valid.</summary>
    public async Task<MigrationBatch> CreateBatchAsync(MigrationPlan plan, Actor actor, CancellationToken ct = default)
    {
        if (!plan.IsValid)
        {
            throw new InvalidOperationException($"Expected a valid plan, but it has {plan.Problems.Count} problem(s).");
        }

        var running = await store.RunningInstancesAsync(plan.SourceDefinitionId, ct);
        var id = Guid.CreateVersion7();
        var batch = new MigrationBatch
        {
            Id = id,
            ProcessKey = plan.Source.Key,
            SourceVersion = plan.SourceVersion,
            TargetVersion = plan.TargetVersion,
            Mapping = JsonSerializer.Serialize(plan.Mappings.Select(m => new MappingLine(m.Source, m.Target)), Json),
            CreatedAt = time.GetUtcNow(),
            CreatedBy = actor.Id,
            Total = running.Count,
            Items = running.Select(r => new MigrationItem
            {
                BatchId = id,
                InstanceId = r.Instance.Id,
                BusinessKey = r.Instance.BusinessKey,
                PlannedStamp = r.Instance.ConcurrencyStamp,
            }).ToList(),
        };
        await store.AddAsync(batch, ct);
        return batch;
    }

    public Task<MigrationBatch?> FindBatchAsync(Guid id, CancellationToken ct = default) => store.FindAsync(id, ct);

    public Task<IReadOnlyList<MigrationBatch>> ListBatchesAsync(string? processKey, int limit = 100, CancellationToken ct = default) =>
        store.ListAsync(processKey, limit, ct);

    /// <summary>A batch's stored mapping, as the plan took it.</summary>
    public static IReadOnlyList<ElementMapping> MappingOf(MigrationBatch batch) =>
        (JsonSerializer.Deserialize<MappingLine[]>(batch.Mapping, Json) ?? []).Select(l => new ElementMapping(l.Source, l.Target)).ToArray();

    private sealed record MappingLine(string Source, string Target);
}
