using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialInsurance.Api.Infrastructure.Problems;

/// <summary>
/// An argument that is itself a term (a material kind, a service): clients get its stable <see cref="Value"/>
/// (<c>HouseholdRegister</c>) to name in their own words; the server's text uses its name in the request's language.
/// </summary>
[JsonConverter(typeof(Converter))]
public sealed record LocalizedArg(string Value, string Zh, string En)
{
    public override string ToString() => Value;

    private sealed class Converter : JsonConverter<LocalizedArg>
    {
        public override LocalizedArg Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Arguments are written, never read.");

        public override void Write(Utf8JsonWriter writer, LocalizedArg value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
    }
}
