using SocialInsurance.Workflows.Model;

namespace SocialInsurance.Workflows.Parsing.Extensions;

/// <summary>What an element's <c>extensionElements</c> say, once the unsupported parts have been reported.</summary>
internal sealed record ExtensionValues(
    IReadOnlyList<IoParameter> Inputs,
    IReadOnlyList<IoParameter> Outputs,
    IReadOnlyDictionary<string, string> Properties,
    string? RetryTimeCycle)
{
    public string? Property(string name) => Properties.GetValueOrDefault(name);
}
