using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Elements;
using SocialInsurance.Workflows.Model.Events;

namespace SocialInsurance.Workflows.Execution.Interpreter;

internal sealed partial class StepContext
{
    /// <summary>
    /// Resumes a wait state. A boundary event's bookmark goes to the boundary handler with the activity's token; every
    /// other bookmark goes to the element its token stands on (for an event-based gateway, the gateway).
    /// Returns false when the bookmark's token is gone (a stale delivery): nothing happens then.
    /// </summary>
    public async Task<bool> ResumeAsync(Bookmark bookmark, JsonObject? payload)
    {
        if (EventSubProcessStartedBy(Model.Node(bookmark.ElementId)) is { } eventSubProcess)
        {
            // Its bookmark belongs to the scope, which may be the process itself (no token).
            return await ResumeEventSubProcessAsync(bookmark, eventSubProcess, payload);
        }

        var token = FindToken(bookmark.TokenId);
        if (token is null)
        {
            return false;
        }

        var bookmarkNode = Model.Node(bookmark.ElementId);
        var node = bookmarkNode is BoundaryEvent ? bookmarkNode : Model.Node(token.ElementId);
        try
        {
            await HandlerFor(node).ResumeAsync(ContextFor(token, node), bookmark, payload);
        }
        catch (Exception ex) when (FailureMode == FailureMode.Incident && IsRecoverable(ex))
        {
            await FailAsync(token, Model.Node(token.ElementId), ex);
        }

        return true;
    }
}
