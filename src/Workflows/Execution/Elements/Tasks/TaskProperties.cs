using System.Text.Json;
using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Incidents;
using SocialInsurance.Workflows.Execution.UserTasks;
using SocialInsurance.Workflows.Expressions;
using SocialInsurance.Workflows.Model.Events;
using SocialInsurance.Workflows.Model.Tasks;
using SocialInsurance.Workflows.Model.Timers;

namespace SocialInsurance.Workflows.Execution.Elements.Tasks;

/// <summary>Evaluates a user task's assignee, candidates, due and follow-up dates and priority against the instance's variables.</summary>
internal static class TaskProperties
{
    public static void Resolve(ElementContext context, UserTask node, UserTaskInstance task)
    {
        var expressions = context.Expressions;
        var now = context.Instance.Now;
        var scope = context.Variables.ScopeFor(context.Token);
        task.Assignee = Blank(Text(expressions, scope, node.Assignee));
        task.Candidates.AddRange(
            Names(expressions, scope, node.CandidateGroups).Select(g => new TaskCandidate { TaskId = task.Id, Kind = CandidateKind.Group, Value = g }));
        task.Candidates.AddRange(
            Names(expressions, scope, node.CandidateUsers).Select(u => new TaskCandidate { TaskId = task.Id, Kind = CandidateKind.User, Value = u }));
        task.DueAt = DueAt(Blank(Text(expressions, scope, node.DueDate)), now);
        task.FollowUpAt = DueAt(Blank(Text(expressions, scope, node.FollowUpDate)), now);
        task.Priority = node.Priority is null ? UserTask.DefaultPriority : Priority(expressions.Evaluate(node.Priority, scope), node);
    }

    public static DateTimeOffset? DueAt(string? due, DateTimeOffset now) =>
        due is null ? null : TimerSchedule.FirstDue(
            due.TrimStart().StartsWith("P", StringComparison.OrdinalIgnoreCase) ? TimerKind.Duration : TimerKind.Date, due, now);

    /// <summary>An expression may yield a list (<c>${reviewers}</c> holding an array) or a comma-separated text.</summary>
    private static IEnumerable<string> Names(IExpressionEvaluator expressions, JsonObject scope, IReadOnlyList<string> entries)
    {
        var names = new List<string>();
        foreach (var entry in entries)
        {
            var value = !ExpressionText.HasPlaceholder(entry) ? JsonValue.Create(entry)
                : ExpressionText.TryUnwrap(entry, out _) ? expressions.Evaluate(entry, scope)
                : JsonValue.Create(expressions.EvaluateText(entry, scope));
            if (value is JsonArray list)
            {
                names.AddRange(list.Select(item => item?.GetValueKind() == JsonValueKind.String ? item.GetValue<string>() : item?.ToJsonString()).OfType<string>());
            }
            else if (value is not null)
            {
                var text = value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
                names.AddRange(text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
        }

        return names.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct();
    }

    private static int Priority(JsonNode? value, UserTask node)
    {
        if (value is JsonValue number && number.GetValueKind() == JsonValueKind.Number
            && number.GetValue<double>() is var real && real == Math.Floor(real) && Math.Abs(real) <= int.MaxValue)
            return (int)real;
        if (value is JsonValue text && text.GetValueKind() == JsonValueKind.String && int.TryParse(text.GetValue<string>(), out var parsed))
            return parsed;
        throw new IncidentException(IncidentCodes.PriorityInvalid.Cause(
            $"Expected camunda:priority of user task '{node.Id}' to be an integer, but it is {value?.ToJsonString() ?? "null"}.",
            value?.ToJsonString() ?? "null"));
    }

    private static string? Text(IExpressionEvaluator expressions, JsonObject scope, string? text) =>
        text is null ? null : expressions.EvaluateText(text, scope);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
