using SocialInsurance.Workflows.Model;

namespace SocialInsurance.Workflows.InstanceMigration;

/// <summary>
/// A validated mapping between two versions of one process (Camunda 7's migration plan). Immutable; built by
/// <see cref="MigrationPlanner"/>. <see cref="Problems"/> are about the plan itself: while there are any, no instance moves.
/// </summary>
public sealed class MigrationPlan
{
    private readonly Dictionary<string, string> _targets;

    internal MigrationPlan(
        string sourceDefinitionId,
        string targetDefinitionId,
        int sourceVersion,
        int targetVersion,
        ProcessModel source,
        ProcessModel target,
        IReadOnlyList<ElementMapping> mappings,
        IReadOnlyList<MigrationProblem> problems)
    {
        SourceDefinitionId = sourceDefinitionId;
        TargetDefinitionId = targetDefinitionId;
        SourceVersion = sourceVersion;
        TargetVersion = targetVersion;
        Source = source;
        Target = target;
        Mappings = mappings;
        Problems = problems;
        _targets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var mapping in mappings)
        {
            _targets.TryAdd(mapping.Source, mapping.Target);
        }

        var mappedTargets = mappings.Select(m => m.Target).ToHashSet(StringComparer.Ordinal);
        UnmappedSource = source.Nodes.Where(n => !_targets.ContainsKey(n.Id)).ToArray();
        UnmappedTarget = target.Nodes.Where(n => !mappedTargets.Contains(n.Id)).ToArray();
    }

    public string SourceDefinitionId { get; }
    public string TargetDefinitionId { get; }
    public int SourceVersion { get; }
    public int TargetVersion { get; }
    public ProcessModel Source { get; }
    public ProcessModel Target { get; }
    public IReadOnlyList<ElementMapping> Mappings { get; }
    public IReadOnlyList<MigrationProblem> Problems { get; }
    public IReadOnlyList<FlowNode> UnmappedSource { get; }
    public IReadOnlyList<FlowNode> UnmappedTarget { get; }
    public bool IsValid => Problems.Count == 0;

    /// <summary>The target element of a source element, when the plan maps it to one that exists.</summary>
    public FlowNode? TargetOf(string sourceId) =>
        _targets.TryGetValue(sourceId, out var targetId) && Target.TryGetNode(targetId, out var node) ? node : null;
}
