using System.Text.Json;
using System.Text.Json.Nodes;

namespace SocialInsurance.Workflows.Forms.Feel;

/// <summary>JSON (form data, process variables) to the values <see cref="FeelNode"/> works with.</summary>
public static class FeelValues
{
    public static object? FromJson(JsonNode? node) => node switch
    {
        null => null,
        JsonArray array => array.Select(FromJson).ToList(),
        JsonObject obj => (IReadOnlyDictionary<string, object?>)obj.ToDictionary(p => p.Key, p => FromJson(p.Value), StringComparer.Ordinal),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.Number => Number(value),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        },
        _ => null,
    };

    /// <summary>
    /// A JSON number as a decimal, whatever CLR type backs the node (parsed text, or an int a caller put in); numbers
    /// beyond decimal's range saturate, which is far past any amount or count a form deals with.
    /// </summary>
    public static decimal Number(JsonValue value) =>
        decimal.TryParse(value.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d)
            ? d
            : value.ToJsonString().StartsWith('-') ? decimal.MinValue : decimal.MaxValue;

    /// <summary>A resolver over a JSON object: missing names are null, as in FEEL.</summary>
    public static Func<string, object?> Resolver(JsonObject data) => name => data.TryGetPropertyValue(name, out var node) ? FromJson(node) : null;
}
