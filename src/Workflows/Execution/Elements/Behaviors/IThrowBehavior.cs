using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Model.Events;

namespace SocialInsurance.Workflows.Execution.Elements.Behaviors;

/// <summary>Events a handler throws (Zeebe's BpmnEventPublicationBehavior); catching them is the interpreter's business.</summary>
public interface IThrowBehavior
{
    /// <summary>A BPMN error: caught by a boundary event or event sub-process (here or in a caller), else an incident on the element.</summary>
    Task ErrorAsync(Token token, FlowNode node, string code, string? message);

    /// <summary>An escalation to the enclosing scopes. Returns whether the thrower is still alive (no interrupting catch ended it).</summary>
    Task<bool> EscalationAsync(Token token, FlowNode node, string code);

    /// <summary>A signal broadcast, delivered only after the step has committed.</summary>
    Task SignalAsync(Token token, FlowNode node, SignalDefinition signal);

    /// <summary>Starts the compensation handlers the throw reaches. Returns false when there is nothing to compensate (go on at once).</summary>
    Task<bool> CompensationAsync(Token token, FlowNode node, CompensationDefinition definition);
}
