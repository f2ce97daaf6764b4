using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Model;

namespace SocialInsurance.Workflows.Execution.Interpreter;

internal sealed partial class StepContext
{
    public void Journal(string elementId, string elementType, string @event, Token? token = null, JsonNode? data = null) =>
        Session.Add(new JournalEntry
        {
            InstanceId = Instance.Id,
            Sequence = ++Instance.JournalSequence,
            ElementId = elementId,
            ElementType = elementType,
            Event = @event,
            TokenId = token?.Id,
            Actor = Actor.Id,
            At = Now,
            Data = data?.ToJsonString(),
        });

    public void Journal(FlowNode node, string @event, Token? token = null, JsonNode? data = null) =>
        Journal(node.Id, node.ElementType, @event, token, data);

    public void JournalProcess(string @event) =>
        Journal(Model.Key, JournalEvents.ProcessElementType, @event);
}
