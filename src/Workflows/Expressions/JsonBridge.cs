using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Runtime;

namespace SocialInsurance.Workflows.Expressions;

/// <summary>
/// Moves values between instance variables (JSON) and JavaScript by copying, never by wrapping: a script gets plain
/// objects with no path back to .NET, and what it returns is a JSON snapshot that later script runs cannot change.
/// </summary>
internal static class JsonBridge
{
    public static JsValue ToJs(Engine engine, JsonNode? node)
    {
        switch (node)
        {
            case null:
                return JsValue.Null;
            case JsonObject obj:
                var entries = new List<KeyValuePair<string, JsValue>>(obj.Count);
                foreach (var (name, value) in obj) entries.Add(new(name, ToJs(engine, value)));
                // Entries become own data properties, so a "__proto__" key in applicant data stays a plain key.
                return JsObject.CreateFromEntries(engine, entries);
            case JsonArray array:
                var items = new JsValue[array.Count];
                for (var i = 0; i < items.Length; i++) items[i] = ToJs(engine, array[i]);
                return new JsArray(engine, items);
            default:
                return ToJs(node.AsValue());
        }
    }

    /// <summary>
    /// <c>JSON.stringify</c> semantics, run by Jint itself so dates become ISO strings, <c>toJSON</c> is honoured and
    /// <c>undefined</c>, functions and symbols vanish. Numbers come back as JSON text so callers can read them as
    /// <see cref="int"/>, <see cref="decimal"/> or <see cref="double"/> alike; integers beyond 2^53 have already lost
    /// precision in JavaScript.
    /// </summary>
    public static JsonNode? ToJson(Jint.Native.Json.JsonSerializer serializer, JsValue value)
    {
        switch (value.Type)
        {
            case Types.Undefined or Types.Null:
                return null;
            case Types.String:
                return JsonValue.Create(value.ToString());
            case Types.Boolean:
                return JsonValue.Create(TypeConverter.ToBoolean(value));
            case Types.Number:
                var number = TypeConverter.ToNumber(value);
                return double.IsFinite(number) ? JsonNode.Parse(TypeConverter.ToString(number)) : null;
            default:
                return serializer.Serialize(value) is JsString json ? JsonNode.Parse(json.ToString()) : null;
        }
    }

    private static JsValue ToJs(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => JsString.Create(value.TryGetValue<string>(out var text) ? text : JsonNode.Parse(value.ToJsonString())!.GetValue<string>()),
        JsonValueKind.Number => JsNumber.Create(value.TryGetValue<double>(out var number)
            ? number
            : double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture)),
        JsonValueKind.True => JsBoolean.True,
        JsonValueKind.False => JsBoolean.False,
        _ => JsValue.Null,
    };
}
