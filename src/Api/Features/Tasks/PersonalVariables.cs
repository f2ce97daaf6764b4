using System.Text.Json.Nodes;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Api.Processes;

namespace SocialInsurance.Api.Features.Tasks;

/// <summary>
/// Masks personal values (ID number, phone, bank account) wherever they sit in process variables or journal data, for
/// everyone but administrators: a reviewer reads the masked case and sees the full ID number only through the audited
/// reveal (<c>POST /api/tasks/{id}/case/id-number</c>). The full number must stay in the instance itself — the tax
/// bureau's agreement message is correlated on it.
/// </summary>
public static class PersonalVariables
{
    private static readonly HashSet<string> Personal = new(StringComparer.OrdinalIgnoreCase)
    {
        CaseProcess.Variables.IdNumber, "phone", "mobile", "bankAccount", "accountNumber",
    };

    public static JsonObject MaskedFor(JsonObject variables, bool isAdministrator) =>
        isAdministrator ? variables : (JsonObject)Masked(variables)!;

    public static JsonNode? MaskedFor(JsonNode? data, bool isAdministrator) =>
        isAdministrator || data is null ? data : Masked(data);

    private static JsonNode? Masked(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(
            p.Key, Personal.Contains(p.Key) && p.Value is JsonValue v && v.TryGetValue<string>(out var text) ? JsonValue.Create(Mask(text)) : Masked(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Masked)]),
        _ => node?.DeepClone(),
    };

    /// <summary>The domain's own masks where the value is well formed; otherwise all but the last four characters.</summary>
    public static string Mask(string value)
    {
        if (ResidentIdNumber.TryCreate(value, out var id, out _))
        {
            return id.Masked;
        }

        if (MobilePhone.TryCreate(value, out var phone, out _))
        {
            return phone.Masked;
        }

        return value.Length <= 4 ? new string('*', value.Length) : string.Concat(new string('*', value.Length - 4), value.AsSpan(value.Length - 4));
    }
}
