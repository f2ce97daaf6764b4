namespace SocialInsurance.Workflows.Decisions.Comparison;

/// <summary>A cell by column id (or <c>description</c>); null where the column exists on one side only.</summary>
public sealed record CellChange(string Column, string? From, string? To);
