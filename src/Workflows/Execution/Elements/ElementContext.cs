using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Elements.Behaviors;
using SocialInsurance.Workflows.Execution.Interpreter.Behaviors;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Expressions;
using SocialInsurance.Workflows.Model;

namespace SocialInsurance.Workflows.Execution.Elements;

/// <summary>
/// What a handler gets: its token and element, the payload of an event that already fired, and the step's
/// behaviours (Zeebe's BpmnElementContext plus BpmnBehaviors). Never the step, the session or the instance row: the
/// behaviours are the only way a handler changes anything, so every change goes through the interpreter's rules.
/// </summary>
public sealed class ElementContext
{
    private readonly StepBehaviors _behaviors;

    internal ElementContext(StepBehaviors behaviors, Token token, FlowNode node, JsonObject? trigger = null)
    {
        _behaviors = behaviors;
        Token = token;
        Node = node;
        Trigger = trigger;
    }

    public Token Token { get; }
    public FlowNode Node { get; }

    /// <summary>Set when an event-based gateway already caught this event for the token: complete at once.</summary>
    public JsonObject? Trigger { get; }

    public TNode NodeAs<TNode>() where TNode : FlowNode => (TNode)Node;

    public IInstanceFacts Instance => _behaviors.Instance;
    public IExpressionEvaluator Expressions => _behaviors.Expressions;
    public ITokenBehavior Tokens => _behaviors.Tokens;
    public IVariableBehavior Variables => _behaviors.Variables;
    public IBookmarkBehavior Bookmarks => _behaviors.Bookmarks;
    public IJournalBehavior Journal => _behaviors.Journal;
    public IThrowBehavior Throws => _behaviors.Throws;
    public IUserTaskBehavior Tasks => _behaviors.Tasks;
    public IActivityBehavior Activities => _behaviors.Activities;
    public ICallBehavior Calls => _behaviors.Calls;

    /// <summary>The same step's behaviours for another token and element (a join's survivor, a multi-instance body).</summary>
    public ElementContext For(Token token, FlowNode node) => new(_behaviors, token, node);
}
