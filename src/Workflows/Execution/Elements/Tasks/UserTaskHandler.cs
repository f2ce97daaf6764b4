using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Execution.UserTasks;
using SocialInsurance.Workflows.Model.Tasks;

namespace SocialInsurance.Workflows.Execution.Elements.Tasks;

/// <summary>
/// Creates the task with its assignee, candidates, due and follow-up dates and priority, runs its assignment and create
/// listeners (all before anything is stored, so a bad expression or a failing listener creates nothing), and waits.
/// Completion runs the complete listeners, then merges the submitted variables, through output mappings when the
/// task has them.
/// </summary>
public sealed class UserTaskHandler : IElementHandler
{
    public async Task ActivateAsync(ElementContext context)
    {
        var step = context.Step;
        var node = context.NodeAs<UserTask>();
        var id = Guid.CreateVersion7();
        var task = new UserTaskInstance
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
            CreatedAt = step.Now,
        };
        TaskProperties.Resolve(step, context.Token, node, task);
        TaskListeners.OnCreate(step, context.Token, node, task);

        await step.AddBookmarkAsync(new Bookmark
        {
            Id = id,
            InstanceId = step.Instance.Id,
            TokenId = context.Token.Id,
            ElementId = node.Id,
            Kind = BookmarkKind.UserTask,
            CreatedAt = step.Now,
        });
        step.Session.Add(task);
        step.Update(context.Token, TokenStatus.Waiting);
    }

    public async Task ResumeAsync(ElementContext context, Bookmark bookmark, JsonObject? payload)
    {
        var step = context.Step;
        var node = context.NodeAs<UserTask>();
        if (node.Listeners.Count > 0 && await step.Session.FindTaskAsync(bookmark.Id, CancellationToken.None) is { } task)
        {
            // Camunda runs complete listeners before the submitted variables are stored; they see the task's state.
            TaskListeners.OnComplete(step, context.Token, node, task);
        }

        IoMapping.ApplyOutputs(step, context.Token, node.Outputs, payload);
        await step.LeaveAsync(context.Token, node, completedData: payload?.DeepClone());
    }
}
