using System.Text.Json;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.InstanceMigration;

namespace SocialInsurance.Api.Features.Migrations;

/// <summary>The migration routes' bodies (the Studio's migration screen reads exactly these).</summary>
public static class MigrationViews
{
    public sealed record MappingLine(string Source, string? SourceName, string SourceKind, string Target, string? TargetName, string TargetKind, bool Generated);

    public sealed record Element(string Id, string? Name, string Kind);

    public sealed record Problem(string Code, string ElementId, string Message);

    public sealed record Instance(string InstanceId, string? BusinessKey, IReadOnlyList<string> ActiveElements, bool CanMigrate, IReadOnlyList<Problem> Problems);

    public sealed record Summary(int Total, int Migratable, int Blocked);

    public sealed record DryRun(
        IReadOnlyList<MappingLine> Mapping,
        IReadOnlyList<Element> UnmappedSource,
        IReadOnlyList<Element> UnmappedTarget,
        IReadOnlyList<Problem> PlanProblems,
        IReadOnlyList<Instance> Instances,
        Summary Summary);

    public sealed record Batch(
        Guid Id, string Status, string ProcessKey, int SourceVersion, int TargetVersion,
        int Total, int Migrated, int Failed, int Skipped, DateTimeOffset CreatedAt, string CreatedBy);

    public sealed record Item(string InstanceId, string? BusinessKey, string Outcome, string? ProblemCode, string? Message);

    public sealed record BatchWithItems(
        Guid Id, string Status, string ProcessKey, int SourceVersion, int TargetVersion,
        int Total, int Migrated, int Failed, int Skipped, DateTimeOffset CreatedAt, string CreatedBy, IReadOnlyList<Item> Items);

    public static DryRun Report(MigrationPlan plan, IReadOnlyList<InstanceReport> reports, Language language)
    {
        var instances = reports
            .Select(r => new Instance(r.InstanceId.ToString(), r.BusinessKey, r.ActiveElements, r.CanMigrate, r.Problems.Select(p => ProblemOf(p, language)).ToArray()))
            .ToArray();
        // Per instance, as checked; a plan with problems of its own is refused as a whole (planProblems say why).
        var migratable = instances.Count(i => i.CanMigrate);
        return new DryRun(
            plan.Mappings.Select(m => LineOf(plan, m)).ToArray(),
            plan.UnmappedSource.Select(n => new Element(n.Id, n.Name, MigrationKind.Of(n))).ToArray(),
            plan.UnmappedTarget.Select(n => new Element(n.Id, n.Name, MigrationKind.Of(n))).ToArray(),
            plan.Problems.Select(p => ProblemOf(p, language)).ToArray(),
            instances,
            new Summary(instances.Length, migratable, instances.Length - migratable));
    }

    public static Problem ProblemOf(MigrationProblem problem, Language language) =>
        new(problem.Code, problem.ElementId, new ApiError(problem.Code, problem.Args, new ErrorText(problem.Message, problem.Message)).Render(language));

    public static Batch BatchOf(MigrationBatch batch) =>
        new(batch.Id, StatusOf(batch.Status), batch.ProcessKey, batch.SourceVersion, batch.TargetVersion,
            batch.Total, batch.Migrated, batch.Failed, batch.Skipped, batch.CreatedAt, batch.CreatedBy);

    public static BatchWithItems WithItems(MigrationBatch batch, Language language) =>
        new(batch.Id, StatusOf(batch.Status), batch.ProcessKey, batch.SourceVersion, batch.TargetVersion,
            batch.Total, batch.Migrated, batch.Failed, batch.Skipped, batch.CreatedAt, batch.CreatedBy,
            batch.Items.Select(i => ItemOf(i, language)).ToArray());

    private static Item ItemOf(MigrationItem item, Language language) =>
        new(item.InstanceId.ToString(), item.BusinessKey, item.Outcome.ToString().ToLowerInvariant(), item.ProblemCode,
            item.ProblemCode is null
                ? null
                : new ApiError(item.ProblemCode, ArgsOf(item.ProblemArgs), new ErrorText(item.Message ?? item.ProblemCode, item.Message ?? item.ProblemCode)).Render(language));

    private static string StatusOf(MigrationBatchStatus status) => status.ToString().ToLowerInvariant();

    private static MappingLine LineOf(MigrationPlan plan, ElementMapping mapping)
    {
        var source = plan.Source.Node(mapping.Source);
        var target = plan.Target.Node(mapping.Target);
        return new MappingLine(source.Id, source.Name, MigrationKind.Of(source), target.Id, target.Name, MigrationKind.Of(target), mapping.Generated);
    }

    private static IReadOnlyDictionary<string, object?> ArgsOf(string? json)
    {
        if (json is null)
        {
            return new Dictionary<string, object?>();
        }

        var values = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json) ?? [];
        return values.ToDictionary(v => v.Key, v => v.Value.ValueKind switch
        {
            JsonValueKind.String => v.Value.GetString(),
            JsonValueKind.Number => v.Value.TryGetInt64(out var n) ? n : (object?)v.Value.GetDecimal(),
            JsonValueKind.Null => null,
            _ => v.Value.ToString(),
        }, StringComparer.Ordinal);
    }
}
