using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SocialInsurance.Workflows.Forms.Feel;

namespace SocialInsurance.Workflows.Forms;

/// <summary>
/// An input component, compiled: its rules are resolved once at deploy time (expressions parsed, pattern compiled) so
/// checking a submission does no parsing. <see cref="Hide"/> holds the component's own condition and those of the
/// groups around it: a field inside a hidden group is hidden too.
/// </summary>
public sealed record FormField(string Key, string Type, FormFieldKind Kind, string? Label)
{
    public IReadOnlyList<FeelNode> Hide { get; init; } = [];
    public bool Required { get; init; }
    public FeelNode? RequiredWhen { get; init; }
    public IReadOnlyList<JsonNode?> Values { get; init; } = [];
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }
    public Regex? Pattern { get; init; }
    public bool Disabled { get; init; }

    /// <summary>Where the component is in the document (<c>components[1].components[0]</c>), for deploy-time messages.</summary>
    public string Path { get; init; } = string.Empty;
}
