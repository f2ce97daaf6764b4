using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Model;

namespace SocialInsurance.Workflows.Execution.Elements.Behaviors;

/// <summary>
/// Entries a handler writes beyond the lifecycle the pipeline writes for it (a join's one Activated, a message
/// taken from the buffer). Entries are numbered in the order they are written.
/// </summary>
public interface IJournalBehavior
{
    void Write(FlowNode node, string @event, Token? token = null, JsonNode? data = null);
}
