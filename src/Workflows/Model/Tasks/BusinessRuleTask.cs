using SocialInsurance.Workflows.Decisions.Deployment;
using SocialInsurance.Workflows.Decisions.Evaluation;

namespace SocialInsurance.Workflows.Model.Tasks;

/// <summary>
/// Evaluates a deployed DMN decision (<c>camunda:decisionRef</c>) against the instance's variables and, when
/// <see cref="ResultVariable"/> is set, stores the result shaped by <see cref="MapDecisionResult"/>.
/// </summary>
public sealed record BusinessRuleTask : FlowNode
{
    public required string DecisionRef { get; init; }
    public DecisionBinding Binding { get; init; } = DecisionBinding.Latest;

    /// <summary>Set (and positive) exactly when <see cref="Binding"/> is <see cref="DecisionBinding.Version"/>; checked by the rules.</summary>
    public int? Version { get; init; }
    public string? ResultVariable { get; init; }
    public DecisionResultMapping MapDecisionResult { get; init; } = DecisionResultMapping.ResultList;
    public override string ElementType => "businessRuleTask";
}
