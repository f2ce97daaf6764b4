using SocialInsurance.Workflows.Decisions.Model;
using SocialInsurance.Workflows.Validation;

namespace SocialInsurance.Workflows.Decisions.Parsing;

/// <summary>Either the compiled decisions or every issue that prevents them, never both.</summary>
public sealed record DmnParseResult(DecisionDefinitions? Definitions, IReadOnlyList<ValidationIssue> Issues)
{
    public bool IsValid => Issues.Count == 0 && Definitions is not null;
}
