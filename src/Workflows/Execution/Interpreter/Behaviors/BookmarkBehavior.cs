using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Elements.Behaviors;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Model.Events;

namespace SocialInsurance.Workflows.Execution.Interpreter.Behaviors;

internal sealed class BookmarkBehavior(StepContext step) : IBookmarkBehavior
{
    public Task AddAsync(Bookmark bookmark) => step.AddBookmarkAsync(bookmark);

    public Task RemoveAsync(Bookmark bookmark) => step.RemoveBookmarkAsync(bookmark);

    public Task<Bookmark> ArmAsync(Token token, FlowNode node, EventDefinition definition) => step.ArmEventAsync(token, node, definition);

    public Task RearmCycleAsync(Bookmark bookmark, TimerDefinition cycle) => step.RearmCycleAsync(bookmark, cycle);

    public bool ConditionHolds(ConditionalDefinition condition) => step.ConditionHolds(condition);

    public Task<(bool Taken, JsonObject? Variables)> TakeBufferedMessageAsync(Token token, FlowNode node, MessageDefinition message) =>
        step.TakeBufferedMessageAsync(token, node, message);
}
