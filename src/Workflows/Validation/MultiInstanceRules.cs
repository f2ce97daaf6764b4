using SocialInsurance.Workflows.Model;

namespace SocialInsurance.Workflows.Validation;

/// <summary>
/// A multi-instance activity must say how many instances it runs: a collection or a loop cardinality, not both (Camunda
/// 7 would silently prefer one). The element variable names each instance's item, so it needs a collection.
/// </summary>
internal sealed class MultiInstanceRules : IElementRules
{
    public IEnumerable<ValidationIssue> Check(ProcessDraft draft)
    {
        foreach (var node in draft.Nodes.Where(n => n.Loop is not null))
        {
            var loop = node.Loop!;
            if (loop.Collection is null && loop.Cardinality is null)
                yield return Issues.For(node, "multi-instance-without-count",
                    "Expected camunda:collection or loopCardinality on the multi-instance loop, but it has neither");
            else if (loop.Collection is not null && loop.Cardinality is not null)
                yield return Issues.For(node, "multi-instance-count-twice",
                    "Expected either camunda:collection or loopCardinality on the multi-instance loop, but it has both");
            if (loop.ElementVariable is not null && loop.Collection is null)
                yield return Issues.For(node, "element-variable-without-collection",
                    "Expected camunda:collection beside camunda:elementVariable, but there is none to take the items from");
            foreach (var (what, text) in new[] { ("loop cardinality", loop.Cardinality), ("completion condition", loop.CompletionCondition) })
                if (text is not null && JavaScriptSyntax.ExpressionError(text) is { } error)
                    yield return Issues.For(node, "invalid-expression",
                        $"Expected the {what} to be a valid expression, but {error}");
        }
    }
}
