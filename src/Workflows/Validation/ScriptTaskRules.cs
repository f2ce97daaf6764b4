using SocialInsurance.Workflows.Model.Tasks;

namespace SocialInsurance.Workflows.Validation;

internal sealed class ScriptTaskRules : IElementRules
{
    public IEnumerable<ValidationIssue> Check(ProcessDraft draft)
    {
        foreach (var task in draft.Nodes.OfType<ScriptTask>())
            if (JavaScriptSyntax.ScriptError(task.Script) is { } error)
                yield return Issues.For(task, "invalid-script", $"Expected valid JavaScript, but {error}");
    }
}
