namespace SocialInsurance.Workflows.Decisions.Model;

public sealed record DecisionTable(
    string Id,
    HitPolicy HitPolicy,
    CollectAggregation Aggregation,
    IReadOnlyList<InputClause> Inputs,
    IReadOnlyList<OutputClause> Outputs,
    IReadOnlyList<DecisionRule> Rules);
