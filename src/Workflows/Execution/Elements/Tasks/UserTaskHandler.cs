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
        var instance = context.Instance;
        var node = context.NodeAs<UserTask>();
        var id = Guid.CreateVersion7();
        var task = new UserTaskInstance
        {
            Id = id,
            InstanceId = instance.Id,
            TokenId = context.Token.Id,
            ElementId = node.Id,
            Name = node.DisplayName,
            ProcessKey = instance.Model.Key,
            ProcessVersion = instance.ProcessVersion,
            BusinessKey = instance.BusinessKey,
            FormKey = node.FormKey,
            CreatedAt = instance.Now,
        };
        TaskProperties.Resolve(context, node, task);
        TaskListeners.OnCreate(context, node, task);

        await context.Bookmarks.AddAsync(new Bookmark
        {
            Id = id,
            InstanceId = instance.Id,
            TokenId = context.Token.Id,
            ElementId = node.Id,
            Kind = BookmarkKind.UserTask,
            CreatedAt = instance.Now,
        });
        context.Tasks.Create(task);
        context.Tokens.Update(context.Token, TokenStatus.Waiting);
    }

    public async Task ResumeAsync(ElementContext context, Bookmark bookmark, JsonObject? payload)
    {
        var node = context.NodeAs<UserTask>();
        if (node.Listeners.Count > 0 && await context.Tasks.FindAsync(bookmark.Id) is { } task)
        {
            // Camunda runs complete listeners before the submitted variables are stored; they see the task's state.
            TaskListeners.OnComplete(context, node, task);
        }

        IoMapping.ApplyOutputs(context, node.Outputs, payload);
        await context.Tokens.LeaveAsync(context.Token, node, completedData: payload?.DeepClone());
    }
}
