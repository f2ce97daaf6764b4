using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialInsurance.InsuranceRegistry.Wire;

/// <summary>
/// The HTTP contract shared by the adapter and the simulator (docs/insurance-registry.md has examples). JSON with
/// camelCase names, enums as their names, months as <c>yyyy-MM</c>, dates as <c>yyyy-MM-dd</c>.
/// <code>
/// POST {prefix}/persons/query  {"idNumber":"..."}  → 200 RegistryPerson
/// 400 problem details: malformed body or ID number. 5xx: the registry failed; ask again later.
/// </code>
/// POST only because an ID number must not appear in a URL (access logs); the query changes nothing, so a client may
/// retry it freely.
/// </summary>
public static class RegistryWire
{
    public const string DefaultPrefix = "/insurance-registry/v1";

    public const string PersonQueryPath = "/persons/query";

    public static JsonSerializerOptions JsonOptions { get; } = CreateOptions();

    /// <summary>The shape of a resident ID number: 17 digits and a digit or X (the check digit is the domain's to verify).</summary>
    public static bool IsIdNumberShape(string? idNumber) =>
        idNumber is { Length: 18 } id && id[..17].All(char.IsAsciiDigit) && (char.IsAsciiDigit(id[17]) || id[17] is 'X' or 'x');

    public static string Normalise(string idNumber) => idNumber.Trim().ToUpperInvariant();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
