using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Bookmarks;

namespace SocialInsurance.Workflows.Execution.Elements;

/// <summary>
/// The behaviour of one BPMN element type (Zeebe's BpmnElementProcessor). A handler decides what the token does at
/// its element, through the behaviours of its <see cref="ElementContext"/>; what every activation shares (journal,
/// incidents, loop guard, input mappings, boundary subscriptions) is the activation pipeline's
/// (<c>Execution/Pipeline</c>), so a handler stays a few dozen lines. A handler fails by throwing: an
/// <see cref="IncidentException"/> (or any other exception) becomes an incident on its element (in a job, a retry), a
/// <see cref="BpmnErrorException"/> a BPMN error for the boundary events and event sub-processes around it.
/// </summary>
public interface IElementHandler
{
    /// <summary>A token has arrived (and any async boundary is behind it).</summary>
    Task ActivateAsync(ElementContext context);

    /// <summary>A bookmark this element created has been resumed (task completed, message correlated, timer fired).</summary>
    Task ResumeAsync(ElementContext context, Bookmark bookmark, JsonObject? payload);

    /// <summary>Whether the handler writes its own Activated entry (a join writes it once, when it fires).</summary>
    bool JournalsOwnActivation => false;
}
