using SocialInsurance.Workflows.Model;

namespace SocialInsurance.Workflows.Validation;

/// <summary>
/// A multi-instance activity must say how many instances it runs: a collection or a loop cardinality, not both (Camunda
/// 7 would silently prefer one). The element variable names each instance's item, so it needs a collection.
/// <c>camunda:outputParameter</c>s are refused on a multi-instance activity, as Camunda 7 refuses them: each instance
/// would write the same names and the last one to finish would win.
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
            if (OutputsOf(node).Count > 0)
                yield return Issues.For(node, "multi-instance-outputs",
                    "Expected no camunda:outputParameter on a multi-instance activity (Camunda 7 refuses them: every instance would write the same names), but found "
                    + string.Join(", ", OutputsOf(node).Select(o => o.Name)) + "; set the results from inside each instance (a script, the task's submitted variables) or collect them after the loop");
            foreach (var (what, text) in new[] { ("loop cardinality", loop.Cardinality), ("completion condition", loop.CompletionCondition) })
                if (text is not null && JavaScriptSyntax.ExpressionError(text) is { } error)
                    yield return Issues.For(node, "invalid-expression",
                        $"Expected the {what} to be a valid expression, but {error}");
        }
    }

    private static IReadOnlyList<IoParameter> OutputsOf(FlowNode node) => node switch
    {
        IVariableMapping mapped => mapped.Outputs,
        Model.Tasks.ITopicTask topic => topic.Outputs,
        Model.Tasks.ReceiveTask receive => receive.Outputs,
        _ => [],
    };
}
