using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialInsurance.TaxBureau.Wire;

/// <summary>
/// The HTTP contract shared by the adapter and the simulator (docs/tax-bureau.md has examples). JSON with camelCase
/// names, enums as their names, times as ISO 8601 with offset, amounts as JSON numbers in yuan.
/// <code>
/// POST {prefix}/agreements/query  {"idNumbers":["..."]}                     → 200 {"items":[AgreementStatus...]}
/// POST {prefix}/deductions/query  {"period":"2026-03","idNumbers":["..."]} → 200 {"items":[DeductionResult...]}
/// 400 problem details: malformed body or period, empty or oversized batch. 5xx: the bureau failed; ask again later.
/// </code>
/// Both are POST only because an ID list does not fit in a URL (and must not appear in access logs); they change
/// nothing, so a client may retry them freely.
/// </summary>
public static class TaxBureauWire
{
    public const string DefaultPrefix = "/tax-bureau/v1";

    public const string AgreementsQueryPath = "/agreements/query";

    public const string DeductionsQueryPath = "/deductions/query";

    /// <summary>The simulator refuses larger batches with 400, as a real bureau interface would cap them.</summary>
    public const int MaxBatchSize = 1000;

    public static JsonSerializerOptions JsonOptions { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
