using System.Text.Json;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.InstanceMigration;

namespace SocialInsurance.Api.Features.Migrations;

/// <summary>The migration routes' bodies (the Studio's migration screen reads exactly these).</summary>
public static class MigrationViews
{
    public sealed record MappingLine(string Source, string? SourceName, string SourceKind, string Target, string? TargetName, string TargetKind, bool Generated);

    public sealed record Element(string Id, string? Name, string Kind);

    /// <param name="Args">The code's arguments as the engine gave them (element ids, kinds), for clients that render their own text.</param>
    public sealed record Problem(string Code, string ElementId, string Message, IReadOnlyDictionary<string, object?>? Args = null);

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

    public sealed record Item(string InstanceId, string? BusinessKey, string Outcome, string? ProblemCode, string? Message, IReadOnlyDictionary<string, object?>? ProblemArgs = null);

    public sealed record BatchWithItems(
        Guid Id, string Status, string ProcessKey, int SourceVersion, int TargetVersion,
        int Total, int Migrated, int Failed, int Skipped, DateTimeOffset CreatedAt, string CreatedBy, IReadOnlyList<Item> Items);

    public static DryRun Report(MigrationPlan plan, IReadOnlyList<InstanceReport> reports, Language language)
    {
        var instances = reports
            .Select(r => new Instance(r.InstanceId.ToString(), r.BusinessKey, r.ActiveElements, r.CanMigrate, r.Problems.Select(p => ProblemOf(p, language, plan)).ToArray()))
            .ToArray();
        // Per instance, as checked; a plan with problems of its own is refused as a whole (planProblems say why).
        var migratable = instances.Count(i => i.CanMigrate);
        return new DryRun(
            plan.Mappings.Select(m => LineOf(plan, m)).ToArray(),
            plan.UnmappedSource.Select(n => new Element(n.Id, n.Name, MigrationKind.Of(n))).ToArray(),
            plan.UnmappedTarget.Select(n => new Element(n.Id, n.Name, MigrationKind.Of(n))).ToArray(),
            plan.Problems.Select(p => ProblemOf(p, language, plan)).ToArray(),
            instances,
            new Summary(instances.Length, migratable, instances.Length - migratable));
    }

    /// <summary>
    /// The problem in the reader's language, naming elements as the diagrams do (<paramref name="plan"/> knows both
    /// versions; without it the ids stay) and an ended instance's state in words.
    /// </summary>
    public static Problem ProblemOf(MigrationProblem problem, Language language, MigrationPlan? plan = null) =>
        new(problem.Code, problem.ElementId,
            new ApiError(problem.Code, Readable(problem.Args, plan), new ErrorText(problem.Message, problem.Message)).Render(language),
            problem.Args);

    private static Dictionary<string, object?> Readable(IReadOnlyDictionary<string, object?> args, MigrationPlan? plan)
    {
        var readable = new Dictionary<string, object?>(args, StringComparer.Ordinal);
        foreach (var (name, value) in args)
        {
            readable[name] = (name, value) switch
            {
                ("element", string id) when plan is not null => NameOf(plan.Source, id),
                ("target", string id) when plan is not null => NameOf(plan.Target, id),
                ("status", string status) => InstanceStatusTerm(status),
                _ => value,
            };
        }

        return readable;
    }

    private static object NameOf(Workflows.Model.ProcessModel model, string id)
    {
        if (Admin.ElementNames.Of(model, id) is not { } name)
        {
            return id;
        }

        var (zh, en) = Applications.ProgressTimeline.Split(name, id);
        return new LocalizedArg(id, zh, en);
    }

    /// <summary>The states an instance ends in, as the Studio names them (instanceStatus.* in its texts).</summary>
    private static object InstanceStatusTerm(string status) => status switch
    {
        "Completed" => new LocalizedArg(status, "已办结", "completed"),
        "Cancelled" => new LocalizedArg(status, "已取消", "cancelled"),
        "Terminated" => new LocalizedArg(status, "已终止", "terminated"),
        _ => status,
    };

    public static Batch BatchOf(MigrationBatch batch) =>
        new(batch.Id, StatusOf(batch.Status), batch.ProcessKey, batch.SourceVersion, batch.TargetVersion,
            batch.Total, batch.Migrated, batch.Failed, batch.Skipped, batch.CreatedAt, batch.CreatedBy);

    public static BatchWithItems WithItems(MigrationBatch batch, Language language) =>
        new(batch.Id, StatusOf(batch.Status), batch.ProcessKey, batch.SourceVersion, batch.TargetVersion,
            batch.Total, batch.Migrated, batch.Failed, batch.Skipped, batch.CreatedAt, batch.CreatedBy,
            batch.Items.Select(i => ItemOf(i, language)).ToArray());

    private static Item ItemOf(MigrationItem item, Language language)
    {
        var args = ArgsOf(item.ProblemArgs);
        return new(item.InstanceId.ToString(), item.BusinessKey, item.Outcome.ToString().ToLowerInvariant(), item.ProblemCode,
            item.ProblemCode is null
                ? null
                : new ApiError(item.ProblemCode, Readable(args, plan: null), new ErrorText(item.Message ?? item.ProblemCode, item.Message ?? item.ProblemCode)).Render(language),
            item.ProblemCode is null ? null : args);
    }

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
