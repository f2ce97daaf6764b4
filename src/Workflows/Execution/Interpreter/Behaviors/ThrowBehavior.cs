using SocialInsurance.Workflows.Execution.Elements.Behaviors;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Model.Events;

namespace SocialInsurance.Workflows.Execution.Interpreter.Behaviors;

internal sealed class ThrowBehavior(StepContext step) : IThrowBehavior
{
    public Task ErrorAsync(Token token, FlowNode node, string code, string? message) => step.CatchOrFailAsync(token, node, code, message);

    public Task<bool> EscalationAsync(Token token, FlowNode node, string code) => step.ThrowEscalationAsync(token, node, code);

    public Task SignalAsync(Token token, FlowNode node, SignalDefinition signal) => step.ThrowSignalAsync(token, node, signal);

    public Task<bool> CompensationAsync(Token token, FlowNode node, CompensationDefinition definition) =>
        step.ThrowCompensationAsync(token, node, definition);
}
