using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Elements.Behaviors;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Model;

namespace SocialInsurance.Workflows.Execution.Interpreter.Behaviors;

internal sealed class JournalBehavior(StepContext step) : IJournalBehavior
{
    public void Write(FlowNode node, string @event, Token? token = null, JsonNode? data = null) => step.Journal(node, @event, token, data);
}
