namespace SocialInsurance.Workflows.Decisions.Comparison;

public sealed record ValueChange(string From, string To);
