using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Expressions;
using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Model.Events;
using SocialInsurance.Workflows.Model.Tasks;

namespace SocialInsurance.Workflows.Execution.Interpreter;

/// <summary>
/// Conditional events, as in Camunda 7: a subscription's condition is evaluated when it is made and again whenever
/// the instance's variables change (a completed task, an API update, a script inside the step), and the event fires
/// each time it holds then; a non-interrupting one keeps listening and fires again on the next change that finds it
/// true. Changes are found by comparing the variables with what the last evaluation saw, once the agenda has run dry,
/// so a step evaluates once per burst of work rather than once per write. Models without conditional events skip all
/// of this.
/// </summary>
internal sealed partial class StepContext
{
    private readonly HashSet<Guid> _freshConditions = [];
    private Dictionary<string, string>? _variablesSeen;

    private void BeginConditions()
    {
        if (Model.HasConditionalEvents)
        {
            _variablesSeen = Snapshot(Variables);
        }
    }

    /// <summary>Fires every conditional subscription that a change (or its own creation) makes true. Returns whether any fired.</summary>
    private async Task<bool> TriggerConditionsAsync()
    {
        if (_variablesSeen is null || Instance.Status != InstanceStatus.Active)
        {
            return false;
        }

        var seen = Snapshot(Variables);
        var changes = Changes(_variablesSeen, seen);
        _variablesSeen = seen;
        if (changes.Count == 0 && _freshConditions.Count == 0)
        {
            return false;
        }

        var fresh = _freshConditions.ToHashSet();
        _freshConditions.Clear();
        var subscriptions = (await LoadBookmarksAsync())
            .Where(b => b.Kind == BookmarkKind.Conditional)
            .OrderBy(b => b.CreatedAt).ThenBy(b => b.Id)
            .ToArray();
        var fired = false;
        foreach (var bookmark in subscriptions)
        {
            var node = Model.Node(bookmark.ElementId);
            if (!HasBookmark(bookmark.Id) || ConditionOf(node) is not { } condition
                || (!fresh.Contains(bookmark.Id) && !Concerns(condition, changes)))
            {
                continue;
            }

            bool holds;
            try
            {
                holds = ConditionHolds(condition);
            }
            catch (ExpressionException error)
            {
                // The waiting token (or the scope of an event sub-process) holds the incident; a process-level
                // subscription has no token, and its condition stays as it is until the next change.
                if (FindToken(bookmark.TokenId) is { } token)
                {
                    await FailAsync(token, Model.Node(token.ElementId), error);
                }

                continue;
            }

            if (holds)
            {
                fired |= await ResumeAsync(bookmark, payload: null);
            }
        }

        return fired;
    }

    /// <summary>
    /// A condition over a variable nobody has set yet does not hold: waiting for that variable to appear is what a
    /// conditional event is for, so "x is not defined" means "not yet", not an incident. Other failures are raised.
    /// </summary>
    public bool ConditionHolds(ConditionalDefinition condition)
    {
        try
        {
            return Expressions.EvaluateCondition(condition.Condition, Variables);
        }
        catch (ExpressionException error) when (error.Kind == ExpressionErrorKind.Runtime && error.Message.Contains(" is not defined", StringComparison.Ordinal))
        {
            return false;
        }
    }

    private static ConditionalDefinition? ConditionOf(FlowNode node) => node switch
    {
        IntermediateCatchEvent { Definition: ConditionalDefinition c } => c,
        BoundaryEvent { Definition: ConditionalDefinition c } => c,
        StartEvent { Definition: ConditionalDefinition c } => c,
        _ => null,
    };

    private static bool Concerns(ConditionalDefinition condition, IReadOnlyDictionary<string, string> changes) =>
        changes.Any(change =>
            (condition.VariableName is null || condition.VariableName == change.Key)
            && (condition.VariableEvents.Count == 0 || condition.VariableEvents.Contains(change.Value)));

    private static Dictionary<string, string> Snapshot(JsonObject variables) =>
        variables.ToDictionary(v => v.Key, v => v.Value?.ToJsonString() ?? "null", StringComparer.Ordinal);

    /// <summary>Variable name → <c>create</c>, <c>update</c> or <c>delete</c>, as <c>camunda:variableEvents</c> names them.</summary>
    private static Dictionary<string, string> Changes(Dictionary<string, string> before, Dictionary<string, string> after)
    {
        var changes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in after)
        {
            if (!before.TryGetValue(name, out var old)) changes[name] = "create";
            else if (old != value) changes[name] = "update";
        }

        foreach (var name in before.Keys.Where(n => !after.ContainsKey(n)))
        {
            changes[name] = "delete";
        }

        return changes;
    }
}
