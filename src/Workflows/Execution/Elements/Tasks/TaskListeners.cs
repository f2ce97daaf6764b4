using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Incidents;
using SocialInsurance.Workflows.Execution.UserTasks;
using SocialInsurance.Workflows.Model.Tasks;

namespace SocialInsurance.Workflows.Execution.Elements.Tasks;

/// <summary>
/// Runs a user task's JavaScript listeners in the sandbox with a <c>task</c> object shaped like Camunda 7's
/// DelegateTask (get/set assignee, priority, due date, variables; add candidates). Order as in Camunda 7: a task
/// born with an assignee fires assignment before create, and a create listener that assigns it fires assignment
/// once more. Variables set by listeners are collected and stored only when every listener of the event succeeded.
/// </summary>
internal static class TaskListeners
{
    /// <summary>
    /// The <c>task</c> object, defined in front of the listener's own script on the same line so the line numbers
    /// in error messages stay the listener's. It changes the task only through a hidden variable the host reads back.
    /// </summary>
    private const string Prelude =
        "const task = (() => { const t = __task; const save = () => execution.setVariable('__task', t); " +
        "return Object.freeze({ getId: () => t.id, getName: () => t.name, getEventName: () => t.eventName, " +
        "getTaskDefinitionKey: () => t.elementId, getProcessInstanceId: () => t.instanceId, " +
        "getAssignee: () => t.assignee, setAssignee: a => { t.assignee = a == null || a === '' ? null : String(a); save(); }, " +
        "getPriority: () => t.priority, setPriority: p => { if (!Number.isInteger(p)) throw new TypeError('task.setPriority expects an integer, but got ' + p); t.priority = p; save(); }, " +
        "getDueDate: () => t.dueDate, setDueDate: d => { t.dueDate = d == null ? null : (d instanceof Date ? d.toISOString() : String(d)); save(); }, " +
        "addCandidateUser: u => { t.candidateUsers.push(String(u)); save(); }, addCandidateGroup: g => { t.candidateGroups.push(String(g)); save(); }, " +
        "getVariable: n => execution.getVariable(n), setVariable: (n, v) => execution.setVariable(n, v), " +
        "hasVariable: n => execution.getVariable(n) !== null }); })(); ";

    private const string TaskVariable = "__task";

    public static void OnCreate(ElementContext context, UserTask node, UserTaskInstance task)
    {
        if (node.Listeners.Count == 0)
            return;
        var scope = context.Variables.ScopeFor(context.Token).DeepClone().AsObject();
        var changes = new JsonObject();
        if (task.Assignee is not null)
            Run(context, node, task, TaskEvent.Assignment, scope, changes);
        var assignee = task.Assignee;
        Run(context, node, task, TaskEvent.Create, scope, changes);
        if (task.Assignee != assignee && task.Assignee is not null)
            Run(context, node, task, TaskEvent.Assignment, scope, changes);
        context.Variables.Set(context.Token, changes);
    }

    public static void OnComplete(ElementContext context, UserTask node, UserTaskInstance task)
    {
        var scope = context.Variables.ScopeFor(context.Token).DeepClone().AsObject();
        var changes = new JsonObject();
        Run(context, node, task, TaskEvent.Complete, scope, changes);
        context.Variables.Set(context.Token, changes);
    }

    private static void Run(ElementContext context, UserTask node, UserTaskInstance task, TaskEvent @event, JsonObject scope, JsonObject changes)
    {
        foreach (var listener in node.Listeners.Where(l => l.Event == @event))
        {
            scope[TaskVariable] = Describe(task, @event);
            var result = context.Expressions.RunScript(Prelude + listener.Script, scope);
            scope.Remove(TaskVariable);
            if (result.SetVariables[TaskVariable] is JsonObject changed)
                Apply(changed, task, node, context.Instance.Now);
            foreach (var (name, value) in result.SetVariables)
            {
                if (name == TaskVariable)
                    continue;
                scope[name] = value?.DeepClone();
                changes[name] = value?.DeepClone();
            }
        }
    }

    private static JsonObject Describe(UserTaskInstance task, TaskEvent @event) => new()
    {
        ["id"] = task.Id.ToString(),
        ["name"] = task.Name,
        ["eventName"] = @event.ToString().ToLowerInvariant(),
        ["elementId"] = task.ElementId,
        ["instanceId"] = task.InstanceId.ToString(),
        ["assignee"] = task.Assignee,
        ["priority"] = task.Priority,
        ["dueDate"] = task.DueAt?.ToString("O", CultureInfo.InvariantCulture),
        ["candidateUsers"] = new JsonArray([.. task.CandidateUsers.Select(u => (JsonNode?)JsonValue.Create(u))]),
        ["candidateGroups"] = new JsonArray([.. task.CandidateGroups.Select(g => (JsonNode?)JsonValue.Create(g))]),
    };

    private static void Apply(JsonObject changed, UserTaskInstance task, UserTask node, DateTimeOffset now)
    {
        task.Assignee = (string?)changed["assignee"];
        task.Priority = changed["priority"]?.GetValue<double>() is { } priority ? (int)priority : task.Priority;
        var due = (string?)changed["dueDate"];
        try
        {
            task.DueAt = TaskProperties.DueAt(due, now);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw new IncidentException(IncidentCodes.DueDateInvalid.Cause(
                $"Expected task.setDueDate of user task '{node.Id}' to get an ISO 8601 date or duration, but got '{due}'.", due ?? "null"));
        }

        AddCandidates(task, CandidateKind.User, changed["candidateUsers"]);
        AddCandidates(task, CandidateKind.Group, changed["candidateGroups"]);
    }

    private static void AddCandidates(UserTaskInstance task, CandidateKind kind, JsonNode? names)
    {
        foreach (var name in (names as JsonArray ?? []).Select(n => n?.GetValueKind() == JsonValueKind.String ? n.GetValue<string>().Trim() : null))
        {
            if (!string.IsNullOrEmpty(name) && !task.Candidates.Any(c => c.Kind == kind && c.Value == name))
                task.Candidates.Add(new TaskCandidate { TaskId = task.Id, Kind = kind, Value = name });
        }
    }
}
