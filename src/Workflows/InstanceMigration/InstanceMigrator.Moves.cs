using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Interpreter;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Model.Events;
using SocialInsurance.Workflows.Model.Gateways;
using SocialInsurance.Workflows.Model.Tasks;

namespace SocialInsurance.Workflows.InstanceMigration;

public sealed partial class InstanceMigrator
{
    /// <summary>
    /// Rewrites the instance onto the target model. Ids stay (a task keeps its id, so links and the reviewer's claim
    /// survive); element ids, names and form keys become the target's. A subscription whose definition is unchanged
    /// keeps its due time; a changed one is re-armed from now (Camunda's <c>updateEventTrigger</c>). Wait states the
    /// target adds around a waiting token (a boundary event, an event sub-process, an event after an event-based
    /// gateway) are armed; those it dropped are removed. A subscription the source had and that already fired (a
    /// non-interrupting timer) is not armed again, since it is not new.
    /// </summary>
    private async Task MoveAsync(StepContext step, MigrationPlan plan, IReadOnlyList<Bookmark> bookmarks)
    {
        var instance = step.Instance;
        var sourceTokens = instance.Tokens.ToArray();
        instance.Tokens = sourceTokens.Select(t => MoveToken(plan, t)).ToList();
        instance.DefinitionId = plan.TargetDefinitionId;
        instance.ProcessVersion = plan.TargetVersion;

        var changed = new HashSet<string>(StringComparer.Ordinal);
        var kept = new HashSet<(int, string)>();
        foreach (var bookmark in bookmarks)
        {
            if (await MoveBookmarkAsync(step, plan, bookmark, sourceTokens, changed))
            {
                kept.Add((bookmark.TokenId, bookmark.ElementId));
            }
        }

        var added = plan.Target.Nodes.Where(n => !plan.Mappings.Any(m => m.Target == n.Id)).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        await ArmMissingAsync(step, plan, kept, id => added.Contains(id) || changed.Contains(id));

        foreach (var incident in await step.Session.OpenIncidentsOfAsync(instance.Id, CancellationToken.None))
        {
            if (plan.TargetOf(incident.ElementId) is { } target)
            {
                incident.ElementId = target.Id;
                incident.ElementType = target.ElementType;
                step.Session.Touch(incident);
            }
        }

        step.Journal(plan.Target.Key, JournalEvents.ProcessElementType, MigratedEvent, data: JournalData(plan));
    }

    private static Token MoveToken(MigrationPlan plan, Token token)
    {
        var target = plan.TargetOf(token.ElementId)!;
        var via = token.Status == TokenStatus.Joined && target is ParallelGateway
            ? InstanceCheck.TargetFlow(plan, token, target)
            : token.ArrivedVia is { } flow && plan.Target.Flows.Any(f => f.Id == flow) ? flow : null;
        return token with { ElementId = target.Id, ArrivedVia = via };
    }

    /// <summary>Moves one bookmark, or removes it when the target no longer has it; true when it stays.</summary>
    private static async Task<bool> MoveBookmarkAsync(StepContext step, MigrationPlan plan, Bookmark bookmark, Token[] sourceTokens, HashSet<string> changed)
    {
        var source = plan.Source.TryGetNode(bookmark.ElementId, out var node) ? node : null;
        var target = plan.TargetOf(bookmark.ElementId);
        if (bookmark.Kind is BookmarkKind.SignalThrow or BookmarkKind.TimerStart || source is null)
        {
            return true; // a pending broadcast, not a wait state: it belongs to no element of the instance's path
        }

        if (bookmark.Kind is BookmarkKind.UserTask or BookmarkKind.Job)
        {
            // The token stands on the element (the instance check made sure it maps), so the bookmark goes with it.
            if (target is not null)
            {
                await RelabelAsync(step, plan, bookmark, target);
            }

            return true;
        }

        var token = Array.Find(sourceTokens, t => t.Id == bookmark.TokenId);
        var trigger = target is null ? null : MigrationKind.Trigger(target);
        var stays = trigger is not null && Fits(plan, source, target!, token);
        if (stays && SameTrigger(MigrationKind.Trigger(source)!, trigger!))
        {
            await RelabelAsync(step, plan, bookmark, target!);
            return true;
        }

        await step.RemoveBookmarkAsync(bookmark);
        if (stays)
        {
            changed.Add(target!.Id);
            if (token is not null && token.ElementId == source.Id)
            {
                // The token itself waits here (a catch event, a receive task): it must not lose its wait state.
                await step.ArmEventAsync(token.Id, target, trigger!);
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the target element plays the part the source element played for the bookmark's token.</summary>
    private static bool Fits(MigrationPlan plan, FlowNode source, FlowNode target, Token? token)
    {
        var tokenTarget = token is null ? null : plan.TargetOf(token.ElementId);
        return source switch
        {
            BoundaryEvent => target is BoundaryEvent b && tokenTarget is not null && b.AttachedToId == tokenTarget.Id,
            StartEvent => target is StartEvent { ScopeId: { } esp } && plan.Target.Node(esp) is EventSubProcess e
                          && e.ScopeId == (token is null ? null : tokenTarget?.Id),
            _ when token is not null && plan.Source.Node(token.ElementId) is EventBasedGateway =>
                tokenTarget is not null && tokenTarget.Outgoing.Any(f => plan.Target.Flow(f).TargetId == target.Id),
            _ => token is not null && token.ElementId == source.Id,
        };
    }

    private static bool SameTrigger(EventDefinition a, EventDefinition b) => (a, b) switch
    {
        (TimerDefinition x, TimerDefinition y) => x == y,
        (MessageDefinition x, MessageDefinition y) => x.MessageName == y.MessageName && x.CorrelationKeyExpression == y.CorrelationKeyExpression,
        (SignalDefinition x, SignalDefinition y) => x.SignalName == y.SignalName,
        (ConditionalDefinition x, ConditionalDefinition y) => x.Condition == y.Condition,
        _ => false,
    };

    private static async Task RelabelAsync(StepContext step, MigrationPlan plan, Bookmark bookmark, FlowNode target)
    {
        bookmark.ElementId = target.Id;
        step.Session.Touch(bookmark);
        if (bookmark.Kind == BookmarkKind.UserTask && await step.Session.FindTaskAsync(bookmark.Id, CancellationToken.None) is { } task)
        {
            task.ElementId = target.Id;
            task.Name = target.DisplayName;
            task.FormKey = (target as UserTask)?.FormKey;
            task.ProcessVersion = plan.TargetVersion;
            step.Session.Touch(task);
        }
    }

    /// <summary>Arms the target's wait states around waiting tokens that have no bookmark yet and are new or changed.</summary>
    private static async Task ArmMissingAsync(StepContext step, MigrationPlan plan, HashSet<(int, string)> kept, Func<string, bool> newOrChanged)
    {
        async Task ArmAsync(int tokenId, FlowNode node, EventDefinition? definition)
        {
            if (definition is TimerDefinition or MessageDefinition or SignalDefinition or ConditionalDefinition && kept.Add((tokenId, node.Id)))
            {
                await step.ArmEventAsync(tokenId, node, definition);
            }
        }

        foreach (var esp in plan.Target.EventSubProcessesOf(null).Where(e => newOrChanged(e.StartEventId)))
        {
            await ArmAsync(StepContext.ProcessScopeTokenId, plan.Target.Node(esp.StartEventId), esp.Trigger);
        }

        foreach (var token in step.Instance.Tokens.Where(t => t.Status == TokenStatus.Waiting && t.LoopCounter is null).ToArray())
        {
            var node = plan.Target.Node(token.ElementId);
            if (node is EventBasedGateway)
            {
                foreach (var next in node.Outgoing.Select(f => plan.Target.Node(plan.Target.Flow(f).TargetId)))
                {
                    await ArmAsync(token.Id, next, MigrationKind.Trigger(next));
                }

                continue;
            }

            foreach (var boundary in plan.Target.BoundaryEventsOf(node.Id).Where(b => newOrChanged(b.Id)))
            {
                await ArmAsync(token.Id, boundary, boundary.Definition);
            }

            foreach (var esp in plan.Target.EventSubProcessesOf(node.Id).Where(e => newOrChanged(e.StartEventId)))
            {
                await ArmAsync(token.Id, plan.Target.Node(esp.StartEventId), esp.Trigger);
            }
        }
    }
}
