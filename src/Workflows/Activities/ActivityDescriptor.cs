namespace SocialInsurance.Workflows.Activities;

/// <summary>
/// What the modeler needs to offer a handler in its palette: names in both languages and the inputs and outputs, from
/// which a Camunda 7 element template is generated.
/// </summary>
public sealed record ActivityDescriptor(string Topic, string NameZh, string NameEn, string Description)
{
    public IReadOnlyList<ActivityParameter> Inputs { get; init; } = [];
    public IReadOnlyList<ActivityParameter> Outputs { get; init; } = [];

    /// <summary>Bumped when inputs or outputs change, so the modeler can tell a diagram built on an older template.</summary>
    public int Version { get; init; } = 1;
}
