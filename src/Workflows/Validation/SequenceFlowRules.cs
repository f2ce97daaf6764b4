using SocialInsurance.Workflows.Model.Gateways;

namespace SocialInsurance.Workflows.Validation;

/// <summary>
/// A flow must join two nodes of one scope: a token that jumps into or out of a sub-process would bypass its start
/// and its completion, and the scope's boundary events would no longer know whether it is active.
/// </summary>
internal sealed class SequenceFlowRules : IElementRules
{
    public IEnumerable<ValidationIssue> Check(ProcessDraft draft)
    {
        foreach (var flow in draft.Flows)
        {
            var source = draft.FindNode(flow.SourceId);
            var target = draft.FindNode(flow.TargetId);
            if (source is null)
                yield return Issues.For(flow, "unknown-source",
                    $"Expected sourceRef to name a flow node of this process, but '{flow.SourceId}' is not one");
            if (target is null)
                yield return Issues.For(flow, "unknown-target",
                    $"Expected targetRef to name a flow node of this process, but '{flow.TargetId}' is not one");
            if (source is not null && target is not null && source.ScopeId != target.ScopeId)
                yield return Issues.For(flow, "crosses-scope",
                    $"Expected source and target in the same scope, but '{source.Id}' is in {ScopeName(source.ScopeId)} " +
                    $"and '{target.Id}' is in {ScopeName(target.ScopeId)}");

            if (flow.Condition is null)
                continue;
            // Camunda also evaluates conditions on flows leaving tasks (implicit inclusive split); the interpreter
            // only evaluates them at exclusive and inclusive gateways, so anywhere else the condition would be silently ignored.
            if (source is not null and not (ExclusiveGateway or InclusiveGateway or UnsupportedElement))
                yield return Issues.For(flow, "unexpected-condition",
                    $"Expected a condition only on a flow leaving an exclusive or inclusive gateway, but the source is {Issues.Article(source.ElementType)}");
            if (!draft.ReportedIds.Contains(flow.Id) && JavaScriptSyntax.ExpressionError(flow.Condition) is { } error)
                yield return Issues.For(flow, "invalid-condition",
                    $"Expected the condition to be a JavaScript expression, but {Lowercase(error)}");
        }
    }

    private static string ScopeName(string? scopeId) => scopeId is null ? "the process" : $"sub-process '{scopeId}'";

    private static string Lowercase(string message) =>
        message.Length > 0 && char.IsUpper(message[0]) ? char.ToLowerInvariant(message[0]) + message[1..] : message;
}
