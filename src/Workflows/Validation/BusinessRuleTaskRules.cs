using SocialInsurance.Workflows.Decisions.Deployment;
using SocialInsurance.Workflows.Model.Tasks;

namespace SocialInsurance.Workflows.Validation;

/// <summary>
/// A business rule task names its decision literally (so the Studio and the deploy check can see which one) and, for
/// binding version, the version. Whether that decision is deployed is checked when the task runs: decisions are
/// deployed on their own, possibly after the process.
/// </summary>
internal sealed class BusinessRuleTaskRules : IElementRules
{
    public IEnumerable<ValidationIssue> Check(ProcessDraft draft)
    {
        foreach (var task in draft.Nodes.OfType<BusinessRuleTask>())
        {
            if (task.DecisionRef.Length == 0)
                yield return Issues.For(task, "missing-decision-ref", "Expected camunda:decisionRef naming a deployed decision, but it is missing");
            else if (task.DecisionRef.Contains("${", StringComparison.Ordinal) || task.DecisionRef.Contains("#{", StringComparison.Ordinal))
                yield return Issues.For(task, "decision-ref-expression",
                    $"Expected camunda:decisionRef to be a decision key, but found the expression '{task.DecisionRef}' (expressions are not supported)");

            if (task.Binding == DecisionBinding.Version && task.Version is not > 0)
                yield return Issues.For(task, "missing-decision-version",
                    "Expected camunda:decisionRefVersion (a version number from 1) with camunda:decisionRefBinding=\"version\", but it is missing");
            else if (task.Binding != DecisionBinding.Version && task.Version is not null)
                yield return Issues.For(task, "decision-version-without-binding",
                    "Expected camunda:decisionRefVersion only with camunda:decisionRefBinding=\"version\", but the binding is not version");
        }
    }
}
