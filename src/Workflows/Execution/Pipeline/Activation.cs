using System.Diagnostics;
using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Elements;
using SocialInsurance.Workflows.Execution.Interpreter;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Model;

namespace SocialInsurance.Workflows.Execution.Pipeline;

/// <summary>
/// One token activating one element, as it passes through the middlewares. The middlewares are the interpreter's
/// own and see the step; the handler at the end sees only its <see cref="ElementContext"/>.
/// </summary>
internal sealed class Activation(StepContext step, Token token, FlowNode node, JsonObject? trigger, IElementHandler handler, bool isBody)
{
    public StepContext Step { get; } = step;

    /// <summary>The token as it is now: input mappings give it locals, and whatever catches a failure must see them.</summary>
    public Token Token { get; set; } = token;

    public FlowNode Node { get; } = node;
    public JsonObject? Trigger { get; } = trigger;
    public IElementHandler Handler { get; } = handler;

    /// <summary>The body of a multi-instance activity (its inner instances run the element's own handler).</summary>
    public bool IsBody { get; } = isBody;

    /// <summary>The activation's trace span, when anyone listens.</summary>
    public Activity? Span { get; set; }
}
