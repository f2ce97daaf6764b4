using System.Globalization;
using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Forms.Feel;

namespace SocialInsurance.Workflows.Decisions.Evaluation;

/// <summary>
/// Values between process variables (JSON) and FEEL, converted to a column's <c>typeRef</c> as Camunda 7 does: a
/// value that cannot become that type is an error, not a silent non-match.
/// </summary>
public static class DecisionValues
{
    public static object? FromJson(JsonNode? node) => FeelValues.FromJson(node);

    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        decimal d => JsonValue.Create(d),
        bool b => JsonValue.Create(b),
        DateOnly date => JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        IReadOnlyDictionary<string, object?> context => new JsonObject(context.Select(p => KeyValuePair.Create(p.Key, ToJson(p.Value)))),
        IEnumerable<object?> list => new JsonArray([.. list.Select(ToJson)]),
        _ => JsonValue.Create(System.Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    /// <param name="what">Names the value in the error, e.g. "input 'Region' of decision 'reviewRouting'".</param>
    public static object? Convert(object? value, string? typeRef, string what)
    {
        if (value is null || typeRef is null)
            return value;
        return typeRef switch
        {
            "string" => value is string ? value : Fail(value, typeRef, what),
            "boolean" => value switch
            {
                bool => value,
                string s when bool.TryParse(s, out var b) => b,
                _ => Fail(value, typeRef, what),
            },
            "integer" or "long" => Number(value, typeRef, what) is var n && decimal.Truncate(n) == n ? n : Fail(value, typeRef, what),
            "double" or "number" => Number(value, typeRef, what),
            "date" => value switch
            {
                DateOnly => value,
                string s when DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
                string s when DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt) => DateOnly.FromDateTime(dt.DateTime),
                _ => Fail(value, typeRef, what),
            },
            _ => value,
        };
    }

    private static decimal Number(object value, string typeRef, string what) => value switch
    {
        decimal d => d,
        string s when decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) => d,
        _ => (decimal)Fail(value, typeRef, what),
    };

    private static object Fail(object value, string typeRef, string what) =>
        throw new DecisionEvaluationException($"Expected {what} to be of type {typeRef}, but found {Describe(value)}");

    public static string Describe(object? value) => value switch
    {
        null => "null",
        string s => $"the string \"{s}\"",
        decimal d => $"the number {d.ToString(CultureInfo.InvariantCulture)}",
        bool b => b ? "true" : "false",
        DateOnly d => $"the date {d:yyyy-MM-dd}",
        _ => $"a {value.GetType().Name}",
    };
}
