namespace SocialInsurance.Workflows.Decisions.Model;

/// <summary>
/// A column of results, named <see cref="Name"/> in the decision result. <see cref="PriorityValues"/> (the output's
/// allowed values, highest priority first) order the hits of PRIORITY and OUTPUT ORDER tables.
/// </summary>
public sealed record OutputClause(string Id, string? Label, string Name, string? TypeRef, IReadOnlyList<object?> PriorityValues);
