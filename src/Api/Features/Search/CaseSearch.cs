using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Features.Admin;
using SocialInsurance.Api.Features.Applications;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Infrastructure.Input;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Domain.Insurance;

namespace SocialInsurance.Api.Features.Search;

/// <summary>
/// Turns what a clerk types — a case number (<c>XJ-yyyyMMdd-nnnnnn</c>), a resident ID number, part of an
/// applicant's name, or else a business key as it is — into the business keys (application ids) of the matching cases. Lists then filter by those keys
/// with their own visibility rules, so a search never widens what a caller sees. The text arrives in a request body,
/// never a query string: a full ID number must not end up in access logs or browser history.
/// </summary>
public sealed class CaseSearch(ApplicantDatabase applicants, CasesDbContextFactory cases)
{
    /// <summary>A name like 张伟 matches many people province-wide; past this many cases the clerk should narrow the search.</summary>
    public const int MaxCases = 500;

    public const int MaxLength = 50;

    /// <summary>The search text's rules, the same wherever a search is offered (inbox, instances).</summary>
    public static void CheckText(FieldErrors errors, string? text)
    {
        if (text is { } value && TextInput.Check(errors, "text", value) && value.Trim().Length > MaxLength)
        {
            errors.Add("text", ErrorCodes.SearchTextTooLong, new { max = MaxLength });
        }
    }

    public async Task<IReadOnlyList<string>> BusinessKeysAsync(string text, CancellationToken ct)
    {
        var term = text.Trim();
        if (IsCaseNumber(term))
        {
            return await CaseNumbers.BusinessKeyForAsync(applicants, term, ct) is { } key ? [key] : [];
        }

        if (Guid.TryParse(term, out var applicationId))
        {
            return [applicationId.ToString()];
        }

        await using var db = cases.Create();
        if (ResidentIdNumber.TryCreate(term.ToUpperInvariant(), out var id, out _))
        {
            // Ids converted here, not in SQL: SQLite keeps Guids as upper-case text, business keys are lower case.
            var owned = await db.Applications.AsNoTracking().Where(a => a.Applicant == id)
                .OrderByDescending(a => a.CreatedAt).Take(MaxCases).Select(a => a.Id).ToListAsync(ct);
            return [.. owned.Select(i => i.ToString())];
        }

        // Names are matched as typed (a part of the name is enough); LIKE's wildcards in the text are taken literally.
        var pattern = "%" + term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
        var ids = await db.Applications.AsNoTracking()
            .Where(a => EF.Functions.Like(a.ApplicantName, pattern, "\\"))
            .OrderByDescending(a => a.CreatedAt).Take(MaxCases).Select(a => a.Id).ToListAsync(ct);
        // Nothing by that name: the text may be a business key of a process that is not an application (an
        // administrator's test instance), which the instance list always found by its key.
        return ids.Count > 0 ? [.. ids.Select(i => i.ToString())] : [term];
    }

    public static bool IsCaseNumber(string text) =>
        text.Split('-') is ["XJ" or "xj", { Length: 8 }, var number] && long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out _);

    /// <summary>A run of 15 or more digits: what an ID number (or most of one) looks like, wherever it appears.</summary>
    public static bool LooksLikeIdNumber(string? text)
    {
        var run = 0;
        foreach (var c in text ?? "")
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run >= 15)
            {
                return true;
            }
        }

        return false;
    }
}
