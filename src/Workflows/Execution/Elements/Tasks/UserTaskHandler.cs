using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Execution.UserTasks;
using SocialInsurance.Workflows.Model.Events;
using SocialInsurance.Workflows.Model.Tasks;
using SocialInsurance.Workflows.Scheduling.Timers;

namespace SocialInsurance.Workflows.Execution.Elements.Tasks;

/// <summary>
/// Creates the task with its assignee, candidates and due date (all evaluated first, so a bad expression creates
/// nothing), and waits. Completion merges the submitted variables, through output mappings when the task has them.
/// </summary>
public sealed class UserTaskHandler : IElementHandler
{
    public async Task ActivateAsync(ElementContext context)
    {
        var step = context.Step;
        var node = context.NodeAs<UserTask>();
        var assignee = Blank(Evaluate(step, context.Token, node.Assignee));
        var groups = SplitList(Evaluate(step, context.Token, node.CandidateGroups));
        var users = SplitList(Evaluate(step, context.Token, node.CandidateUsers));
        DateTimeOffset? dueAt = Blank(Evaluate(step, context.Token, node.DueDate)) is { } due
            ? TimerSchedule.FirstDue(due.StartsWith('P') ? TimerKind.Duration : TimerKind.Date, due, step.Now)
            : null;

        var id = Guid.CreateVersion7();
        await step.AddBookmarkAsync(new Bookmark
        {
            Id = id,
            InstanceId = step.Instance.Id,
            TokenId = context.Token.Id,
            ElementId = node.Id,
            Kind = BookmarkKind.UserTask,
            CreatedAt = step.Now,
        });
        step.Session.Add(new UserTaskInstance
        {
            Id = id,
            InstanceId = step.Instance.Id,
            TokenId = context.Token.Id,
            ElementId = node.Id,
            Name = node.DisplayName,
            ProcessKey = step.Model.Key,
            ProcessVersion = step.Instance.ProcessVersion,
            BusinessKey = step.Instance.BusinessKey,
            FormKey = node.FormKey,
            Assignee = assignee,
            Candidates =
            [
                .. groups.Select(g => new TaskCandidate { TaskId = id, Kind = CandidateKind.Group, Value = g }),
                .. users.Select(u => new TaskCandidate { TaskId = id, Kind = CandidateKind.User, Value = u }),
            ],
            CreatedAt = step.Now,
            DueAt = dueAt,
        });
        step.Update(context.Token, TokenStatus.Waiting);
    }

    public Task ResumeAsync(ElementContext context, Bookmark bookmark, JsonObject? payload)
    {
        var step = context.Step;
        var node = context.NodeAs<UserTask>();
        IoMapping.ApplyOutputs(step, node.Outputs, payload);
        return step.LeaveAsync(context.Token, node, completedData: payload?.DeepClone());
    }

    private static string? Evaluate(Interpreter.StepContext step, Token token, string? text) =>
        text is null ? null : step.Expressions.EvaluateText(text, step.VariablesOf(token));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static IReadOnlyList<string> SplitList(string? text) =>
        text is null ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToArray();
}
