using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Model.Events;

namespace SocialInsurance.Workflows.Execution.Elements.Behaviors;

/// <summary>Wait states (Zeebe's BpmnEventSubscriptionBehavior): what a token waits for, and a wait that is over.</summary>
public interface IBookmarkBehavior
{
    Task AddAsync(Bookmark bookmark);

    Task RemoveAsync(Bookmark bookmark);

    /// <summary>
    /// Creates the wait state of a catch event: a timer with its due time, a message subscription with its
    /// correlation key, a signal or a condition. Everything is evaluated before the bookmark is added, so a bad
    /// expression leaves nothing behind.
    /// </summary>
    Task<Bookmark> ArmAsync(Token token, FlowNode node, EventDefinition definition);

    /// <summary>A timer cycle fired: it waits for its next repetition, or goes once they have run out.</summary>
    Task RearmCycleAsync(Bookmark bookmark, TimerDefinition cycle);

    /// <summary>Whether a conditional event's condition holds now (a variable nobody has set yet means "not yet").</summary>
    bool ConditionHolds(ConditionalDefinition condition);

    /// <summary>
    /// Takes the oldest message published for this catch before the token arrived, if its declaration buffers
    /// messages: it is removed and journalled. Taken is false when there was none.
    /// </summary>
    Task<(bool Taken, JsonObject? Variables)> TakeBufferedMessageAsync(Token token, FlowNode node, MessageDefinition message);
}
