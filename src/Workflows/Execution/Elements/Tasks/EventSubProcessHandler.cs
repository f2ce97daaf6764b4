using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Bookmarks;

namespace SocialInsurance.Workflows.Execution.Elements.Tasks;

/// <summary>
/// An event sub-process is never entered by a flow nor resumed on its own: its start event's subscription belongs to
/// the enclosing scope, and the interpreter starts it from there (<c>StepContext.EventSubProcesses</c>). It completes,
/// like an embedded sub-process, when its last child ends.
/// </summary>
public sealed class EventSubProcessHandler : IElementHandler
{
    public Task ActivateAsync(ElementContext context) =>
        throw new InvalidOperationException($"Expected event sub-process '{context.Node.Id}' to be started by its start event, but a token arrived on a flow.");

    public Task ResumeAsync(ElementContext context, Bookmark bookmark, JsonObject? payload) =>
        throw new InvalidOperationException($"Expected event sub-process '{context.Node.Id}' to be started through its scope, but bookmark {bookmark.Id} resumed it.");
}
