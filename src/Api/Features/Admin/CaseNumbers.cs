using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Features.Applications;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>
/// The case number (<c>XJ-yyyyMMdd-nnnnnn</c>) is what an applicant reads out to a clerk; the engine knows the case by
/// its business key, the application id. The admin lists translate between the two so either can be searched and shown.
/// </summary>
public static class CaseNumbers
{
    /// <summary>Case numbers of the business keys that are application ids; other keys are simply absent.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> ForBusinessKeysAsync(ApplicantDatabase database, IEnumerable<string?> businessKeys, CancellationToken ct)
    {
        var ids = businessKeys.Select(k => Guid.TryParse(k, out var id) ? id : (Guid?)null).OfType<Guid>().Distinct().ToArray();
        if (ids.Length == 0)
        {
            return new Dictionary<string, string>();
        }

        await using var db = await database.OpenAsync(ct);
        var records = await db.ApplicationRecords.AsNoTracking().Where(r => ids.Contains(r.ApplicationId)).ToListAsync(ct);
        return records.ToDictionary(r => r.ApplicationId.ToString(), r => r.CaseNumber, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The business key a search text stands for: a case number becomes its application id; anything else is taken as
    /// the business key itself. Null when the text is a well-formed case number that does not exist.
    /// </summary>
    public static async Task<string?> BusinessKeyForAsync(ApplicantDatabase database, string text, CancellationToken ct)
    {
        var parts = text.Trim().Split('-');
        if (parts is not ["XJ" or "xj", { Length: 8 }, var number]
            || !long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            return text.Trim();
        }

        await using var db = await database.OpenAsync(ct);
        var record = await db.ApplicationRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Sequence == sequence, ct);
        return record is not null && string.Equals(record.CaseNumber, text.Trim(), StringComparison.OrdinalIgnoreCase)
            ? record.ApplicationId.ToString()
            : null;
    }
}
