using SocialInsurance.Workflows.Execution.Instances;

namespace SocialInsurance.Workflows.Runtime;

/// <summary>
/// The administrator's instance list filters, AND-ed; newest first. <see cref="WithOpenIncidents"/> is the
/// "needs attention" view: an instance with an incident stays Active, so state alone cannot find it.
/// </summary>
public sealed record InstanceQuery
{
    public InstanceStatus? Status { get; init; }
    public string? ProcessKey { get; init; }
    public string? BusinessKey { get; init; }

    /// <summary>Keeps instances whose business key is one of these (a search resolved to cases); empty matches nothing.</summary>
    public IReadOnlyCollection<string>? BusinessKeys { get; init; }
    public bool WithOpenIncidents { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}
