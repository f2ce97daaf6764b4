namespace SocialInsurance.Workflows.Parsing;

/// <summary>
/// Limits that keep a hostile or broken upload from exhausting the server. The defaults are far above any process
/// a person draws (our largest definitions are tens of kilobytes and a few hundred elements).
/// </summary>
public sealed record BpmnParserOptions
{
    public long MaxBytes { get; init; } = 2 * 1024 * 1024;

    public int MaxElements { get; init; } = 20_000;

    /// <summary>
    /// Topics that have a registered activity handler. Null skips the check (tools that only look at the shape of a
    /// file); the deployment path passes the registry's topics so a typo fails at deploy, not on a live case.
    /// </summary>
    public IReadOnlySet<string>? KnownTopics { get; init; }
}
