using SocialInsurance.Workflows.Model;

namespace SocialInsurance.Workflows.InstanceMigration;

/// <summary>
/// Builds and validates a plan: the administrator's mapping, or by default every element whose id exists in both
/// versions with the same kind. A mapped pair must be of one kind (a wait state keeps its kind of wait), keep its
/// multi-instance shape and stay in the counterpart of its sub-process; a source element that can hold a token and
/// maps nowhere is a problem, because an instance resting there could not move.
/// </summary>
public static class MigrationPlanner
{
    public static MigrationPlan Plan(
        string sourceDefinitionId, int sourceVersion, ProcessModel source,
        string targetDefinitionId, int targetVersion, ProcessModel target,
        IReadOnlyList<ElementMapping>? mapping)
    {
        var problems = new List<MigrationProblem>();
        var mappings = mapping is null ? DefaultMapping(source, target) : Checked(mapping, source, target, problems);
        var bySource = mappings.GroupBy(m => m.Source, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Target, StringComparer.Ordinal);
        foreach (var line in mappings)
        {
            if (!source.TryGetNode(line.Source, out var from) || !target.TryGetNode(line.Target, out var to))
            {
                continue;
            }

            CheckPair(from, to, bySource, problems);
        }

        foreach (var node in source.Nodes.Where(n => !bySource.ContainsKey(n.Id) && MigrationKind.CanHoldToken(n)))
        {
            problems.Add(MigrationProblem.Of(MigrationProblemCodes.Plan.UnmappedWaitState, node.Id,
                $"Expected {node.ElementType} '{node.Id}', where an instance can wait, to be mapped to an element of version {targetVersion}, but it is not.",
                new { element = node.DisplayName, version = targetVersion }));
        }

        return new MigrationPlan(sourceDefinitionId, targetDefinitionId, sourceVersion, targetVersion, source, target, mappings, problems);
    }

    /// <summary>Same id, same kind: what an unchanged element of an edited diagram looks like.</summary>
    public static IReadOnlyList<ElementMapping> DefaultMapping(ProcessModel source, ProcessModel target) =>
        source.Nodes
            .Where(n => target.TryGetNode(n.Id, out var t) && MigrationKind.Of(t) == MigrationKind.Of(n))
            .Select(n => new ElementMapping(n.Id, n.Id, Generated: true))
            .ToArray();

    private static List<ElementMapping> Checked(IReadOnlyList<ElementMapping> mapping, ProcessModel source, ProcessModel target, List<MigrationProblem> problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<ElementMapping>();
        foreach (var line in mapping)
        {
            var ok = true;
            if (!source.TryGetNode(line.Source, out _))
            {
                problems.Add(MigrationProblem.Of(MigrationProblemCodes.Plan.SourceUnknown, line.Source,
                    $"Expected '{line.Source}' to be an element of the source version, but it is not.", new { element = line.Source }));
                ok = false;
            }

            if (!target.TryGetNode(line.Target, out _))
            {
                problems.Add(MigrationProblem.Of(MigrationProblemCodes.Plan.TargetUnknown, line.Source,
                    $"Expected '{line.Target}' to be an element of the target version, but it is not.", new { element = line.Target }));
                ok = false;
            }

            if (!seen.Add(line.Source))
            {
                problems.Add(MigrationProblem.Of(MigrationProblemCodes.Plan.DuplicateSource, line.Source,
                    $"Expected '{line.Source}' to be mapped once, but it is mapped more than once.", new { element = line.Source }));
                ok = false;
            }

            if (ok)
            {
                kept.Add(line with { Generated = false });
            }
        }

        return kept;
    }

    private static void CheckPair(FlowNode from, FlowNode to, IReadOnlyDictionary<string, string> bySource, List<MigrationProblem> problems)
    {
        var (fromKind, toKind) = (MigrationKind.Of(from), MigrationKind.Of(to));
        if (fromKind != toKind)
        {
            problems.Add(MigrationProblem.Of(MigrationProblemCodes.Plan.KindMismatch, from.Id,
                $"Expected '{from.Id}' ({fromKind}) to map to an element of the same kind, but '{to.Id}' is {toKind}.",
                new { element = from.DisplayName, target = to.DisplayName, sourceKind = fromKind, targetKind = toKind }));
            return;
        }

        if ((from.Loop is null) != (to.Loop is null) || (from.Loop is not null && from.Loop.IsSequential != to.Loop!.IsSequential))
        {
            problems.Add(MigrationProblem.Of(MigrationProblemCodes.Plan.MultiInstanceChanged, from.Id,
                $"Expected '{from.Id}' and '{to.Id}' to be alike single-instance, parallel or sequential multi-instance, but they differ.",
                new { element = from.DisplayName, target = to.DisplayName }));
        }

        var expectedScope = from.ScopeId is null ? null : bySource.GetValueOrDefault(from.ScopeId);
        if (!string.Equals(expectedScope, to.ScopeId, StringComparison.Ordinal) && MigrationKind.CanHoldToken(from))
        {
            problems.Add(MigrationProblem.Of(MigrationProblemCodes.Plan.ScopeChanged, from.Id,
                $"Expected '{to.Id}' to sit in '{expectedScope ?? "the process"}' as '{from.Id}' sits in '{from.ScopeId ?? "the process"}', but it sits in '{to.ScopeId ?? "the process"}'.",
                new { element = from.DisplayName, target = to.DisplayName }));
        }
    }
}
