namespace SocialInsurance.Workflows.InstanceMigration;

/// <summary>One line of a migration plan: tokens and wait states on <see cref="Source"/> move to <see cref="Target"/>.</summary>
/// <param name="Generated">True when the planner proposed it (same id, same kind) rather than the administrator.</param>
public sealed record ElementMapping(string Source, string Target, bool Generated = false);
