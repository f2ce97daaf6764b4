namespace SocialInsurance.Workflows.Decisions.Model;

/// <summary>
/// One DMN file, compiled: its decisions by id. Immutable, built once per deployed version; a decision's required
/// decisions are looked up here, so a decision always runs with the requirements deployed beside it.
/// </summary>
public sealed record DecisionDefinitions(string Id, string? Name, IReadOnlyDictionary<string, Decision> Decisions);
