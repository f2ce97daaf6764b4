using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Bookmarks;

namespace SocialInsurance.Workflows.Execution.Elements;

/// <summary>
/// The behaviour of one BPMN element type. A handler decides what the token does at its element; the interpreter owns
/// everything common (journal, boundary events, flows, scopes), so a handler stays a few dozen lines.
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
