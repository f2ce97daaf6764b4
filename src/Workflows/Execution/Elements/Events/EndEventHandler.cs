using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Elements.Tasks;
using SocialInsurance.Workflows.Model.Events;

namespace SocialInsurance.Workflows.Execution.Elements.Events;

/// <summary>
/// A none end ends its token (a message end runs its implementation first, like a send task; an escalation end throws
/// first; an error end throws instead of ending, and the catching boundary event ends the scope); a terminate end first ends every other token of the same scope.</summary>
public sealed class EndEventHandler(ServiceTaskHandler topics) : IElementHandler
{
    public async Task ActivateAsync(ElementContext context)
    {
        if (context.NodeAs<EndEvent>().Implementation is { } implementation)
        {
            await topics.CallAsync(context, implementation);
        }

        if (context.NodeAs<EndEvent>().Error is { ErrorCode: { } code })
        {
            await context.Throws.ErrorAsync(context.Token, context.Node, code, null);
            return;
        }

        if (context.NodeAs<EndEvent>().Escalation is { EscalationCode: { } escalation }
            && !await context.Throws.EscalationAsync(context.Token, context.Node, escalation))
        {
            return;
        }

        if (context.NodeAs<EndEvent>().Signal is { } signal)
        {
            await context.Throws.SignalAsync(context.Token, context.Node, signal);
        }

        // Compensation: the token ends once the handlers it started have ended (the interpreter leaves it then).
        if (context.NodeAs<EndEvent>().Compensation is { } compensation
            && await context.Throws.CompensationAsync(context.Token, context.Node, compensation))
        {
            return;
        }

        if (context.NodeAs<EndEvent>().Terminate)
        {
            await context.Tokens.TerminateScopeAsync(context.Token.ParentId, context.Token.Id);
        }

        await context.Tokens.EndAsync(context.Token, context.Node);
    }

    public Task ResumeAsync(ElementContext context, Bookmark bookmark, JsonObject? payload) =>
        throw new InvalidOperationException($"Expected no wait state on end event '{context.Node.Id}', but bookmark {bookmark.Id} resumed it.");
}
