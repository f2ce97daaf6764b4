using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Deployment;
using SocialInsurance.Workflows.Execution.Elements.Behaviors;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Model.Events;

namespace SocialInsurance.Workflows.Execution.Interpreter.Behaviors;

internal sealed class CallBehavior(StepContext step) : ICallBehavior
{
    public Task<JsonObject?> StartAsync(
        Token token, FlowNode node, ProcessDefinition definition, ProcessModel model, StartEvent start, string? businessKey, JsonObject variables) =>
        step.StartCalledInstanceAsync(token, node, definition, model, start, businessKey, variables);
}
