using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Interpreter;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Model;

namespace SocialInsurance.Workflows.Execution.Elements;

/// <summary>What a handler gets: the step, its token and its element, and the payload of an event that already fired.</summary>
public sealed class ElementContext(StepContext step, Token token, FlowNode node, JsonObject? trigger = null)
{
    public StepContext Step { get; } = step;
    public Token Token { get; } = token;
    public FlowNode Node { get; } = node;

    /// <summary>Set when an event-based gateway already caught this event for the token: complete at once.</summary>
    public JsonObject? Trigger { get; } = trigger;

    public TNode NodeAs<TNode>() where TNode : FlowNode => (TNode)Node;
}
