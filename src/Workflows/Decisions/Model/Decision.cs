namespace SocialInsurance.Workflows.Decisions.Model;

/// <summary>A decision whose logic is a decision table; <see cref="RequiredDecisions"/> are evaluated first.</summary>
public sealed record Decision(string Id, string? Name, IReadOnlyList<string> RequiredDecisions, DecisionTable Table)
{
    public string DisplayName => string.IsNullOrWhiteSpace(Name) ? Id : Name!;
}
