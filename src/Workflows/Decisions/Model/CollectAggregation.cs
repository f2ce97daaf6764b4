namespace SocialInsurance.Workflows.Decisions.Model;

/// <summary>The aggregation of a COLLECT table (<c>aggregation="SUM"</c>); <see cref="None"/> collects every output.</summary>
public enum CollectAggregation
{
    None,
    Sum,
    Min,
    Max,
    Count,
}
