namespace SocialInsurance.Workflows.Decisions.Comparison;

/// <summary>A rule, by id, with its 1-based position in the newer version; <see cref="Kind"/> is added, removed, changed or moved.</summary>
public sealed record RuleChange(string Id, int? Position, string Kind, IReadOnlyList<CellChange> Cells);
