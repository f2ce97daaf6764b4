using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Model.Events;

namespace SocialInsurance.Workflows.Execution.Interpreter;

internal sealed partial class StepContext
{
    /// <summary>
    /// A message published before its catch was reached waits in the buffer for as long as its declaration says; a
    /// catch (an event or a receive task) takes the oldest with its key on arrival instead of waiting. Only a message
    /// declared as buffered can be there, so others skip the lookup.
    /// </summary>
    internal async Task<(bool Taken, JsonObject? Variables)> TakeBufferedMessageAsync(Token token, FlowNode node, MessageDefinition message)
    {
        if (Model.MessageNamed(message.MessageName)?.BufferTimeToLive is null)
        {
            return (false, null);
        }

        var key = CorrelationKeyFor(message);
        var buffered = await Session.OldestBufferedMessageAsync(message.MessageName, key, Now, CancellationToken.None);
        if (buffered is null)
        {
            return (false, null);
        }

        Session.Remove(buffered);
        var variables = buffered.Variables is null ? null : JsonNode.Parse(buffered.Variables)?.AsObject();
        Journal(node, JournalEvents.MessageCorrelated, token, new JsonObject { ["message"] = message.MessageName, ["buffered"] = true });
        return (true, variables);
    }
}
