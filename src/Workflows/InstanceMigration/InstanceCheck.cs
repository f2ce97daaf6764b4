using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Model.Gateways;

namespace SocialInsurance.Workflows.InstanceMigration;

/// <summary>
/// Checks one instance against a plan, reading only its tokens and bookmarks: every token needs a counterpart in its
/// scope's counterpart, a token waiting at a parallel join needs the flow it came by, and a subscription the token
/// waits on must keep its message or signal name (a sender of the old name would never reach it again).
/// </summary>
public static class InstanceCheck
{
    public static InstanceReport Check(MigrationPlan plan, ProcessInstance instance, IReadOnlyList<Bookmark> bookmarks)
    {
        var problems = new List<MigrationProblem>();
        foreach (var token in instance.Tokens)
        {
            CheckToken(plan, instance, token, problems);
        }

        foreach (var bookmark in bookmarks)
        {
            CheckBookmark(plan, instance, bookmark, problems);
        }

        var active = instance.Tokens.Select(t => t.ElementId).Distinct(StringComparer.Ordinal).ToArray();
        return new InstanceReport(instance.Id, instance.BusinessKey, active, problems, instance.ConcurrencyStamp);
    }

    private static void CheckToken(MigrationPlan plan, ProcessInstance instance, Token token, List<MigrationProblem> problems)
    {
        var target = plan.TargetOf(token.ElementId);
        if (target is null)
        {
            problems.Add(MigrationProblem.Of(MigrationProblemCodes.Instance.NoCounterpart, token.ElementId,
                $"Expected the token on '{token.ElementId}' to have a counterpart in version {plan.TargetVersion}, but the element maps nowhere.",
                new { element = NameOf(plan.Source, token.ElementId), version = plan.TargetVersion }));
            return;
        }

        var source = plan.Source.Node(token.ElementId);
        var parent = token.ParentId is { } parentId ? instance.Tokens.Find(t => t.Id == parentId) : null;
        if (parent is not null && parent.ElementId != token.ElementId)
        {
            var scope = plan.TargetOf(parent.ElementId);
            if (scope is not null && scope.Id != target.ScopeId)
            {
                problems.Add(MigrationProblem.Of(MigrationProblemCodes.Plan.ScopeChanged, token.ElementId,
                    $"Expected '{target.Id}' to sit in '{scope.Id}', but it sits in '{target.ScopeId ?? "the process"}'.",
                    new { element = source.DisplayName, target = target.DisplayName }));
            }
        }

        if (token.Status == TokenStatus.Joined && target is ParallelGateway && TargetFlow(plan, token, target) is null)
        {
            problems.Add(MigrationProblem.Of(MigrationProblemCodes.Instance.JoinFlowMissing, token.ElementId,
                $"Expected the join '{target.Id}' to have a counterpart of the flow '{token.ArrivedVia}' a token waits on, but it has none.",
                new { element = target.DisplayName, flow = token.ArrivedVia }));
        }
    }

    private static void CheckBookmark(MigrationPlan plan, ProcessInstance instance, Bookmark bookmark, List<MigrationProblem> problems)
    {
        if (bookmark.Kind is not (BookmarkKind.Message or BookmarkKind.Signal) || !plan.Source.TryGetNode(bookmark.ElementId, out var source))
        {
            return;
        }

        // Boundary events and event sub-process starts are re-armed from the target version; only a subscription the
        // token itself waits on (a catch event, a receive task, an event-based gateway's events) is carried over.
        var token = instance.Tokens.Find(t => t.Id == bookmark.TokenId);
        if (token is null || (token.ElementId != source.Id && plan.Source.Node(token.ElementId) is not EventBasedGateway))
        {
            return;
        }

        var target = plan.TargetOf(source.Id);
        if (target is not null && MigrationKind.EventName(target) is { } name && name != bookmark.MessageName)
        {
            problems.Add(MigrationProblem.Of(MigrationProblemCodes.Instance.EventRenamed, source.Id,
                $"Expected '{target.Id}' to wait for '{bookmark.MessageName}' as the instance does, but it waits for '{name}'.",
                new { element = source.DisplayName, from = bookmark.MessageName, to = name }));
        }
    }

    /// <summary>The target join's incoming flow for a token that arrived by <see cref="Token.ArrivedVia"/>: same id, or from the counterpart of the same source element.</summary>
    public static string? TargetFlow(MigrationPlan plan, Token token, FlowNode targetJoin)
    {
        if (token.ArrivedVia is null)
        {
            return null;
        }

        if (targetJoin.Incoming.Contains(token.ArrivedVia))
        {
            return token.ArrivedVia;
        }

        var sourceFlow = plan.Source.Flows.FirstOrDefault(f => f.Id == token.ArrivedVia);
        var from = sourceFlow is null ? null : plan.TargetOf(sourceFlow.SourceId);
        return from is null ? null : targetJoin.Incoming.FirstOrDefault(id => plan.Target.Flow(id).SourceId == from.Id);
    }

    private static string NameOf(ProcessModel model, string id) => model.TryGetNode(id, out var node) ? node.DisplayName : id;
}
