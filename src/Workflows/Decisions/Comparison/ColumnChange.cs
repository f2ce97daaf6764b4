namespace SocialInsurance.Workflows.Decisions.Comparison;

/// <summary>A column, by id; <see cref="Kind"/> is added, removed or changed (expression, name, type or output values).</summary>
public sealed record ColumnChange(string Id, string? Label, string Kind);
