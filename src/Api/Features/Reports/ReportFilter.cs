using SocialInsurance.Api.Infrastructure.Cases.Reporting;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Reference;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Api.Features.Reports;

/// <summary>
/// What every report is narrowed by: a China-time date range (both days included; the last 30 days by default, at
/// most 366), and optionally one service and one region. Days travel as <c>yyyyMMdd</c> integers, as in
/// <see cref="CaseReportFact"/>.
/// </summary>
public sealed record ReportFilter(DateOnly From, DateOnly To, ApplicationType? Service, string? Region)
{
    public const int MaxDays = 366;

    public int FromDay => CaseReportFacts.DayNumber(From);

    public int ToDay => CaseReportFacts.DayNumber(To);

    public string? ServiceName => Service?.ToString();

    /// <summary>The first instant after the range, in UTC (the end of <see cref="To"/> in China time).</summary>
    public DateTimeOffset EndExclusive => new(To.AddDays(1).ToDateTime(TimeOnly.MinValue), ChinaTime.Offset);

    public DateTimeOffset StartInclusive => new(From.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset);

    public static (ReportFilter? Filter, FieldErrors Errors) Parse(string? from, string? to, string? service, string? region, RegionCatalog regions, TimeProvider clock)
    {
        var errors = new FieldErrors();
        var today = ChinaTime.Today(clock);
        var toDate = ParseDate(to, "to", today, errors);
        var fromDate = ParseDate(from, "from", toDate.AddDays(-29), errors);
        if (!errors.Any && fromDate > toDate)
        {
            errors.Add("from", ErrorCodes.ReportRangeReversed);
        }
        else if (!errors.Any && toDate.DayNumber - fromDate.DayNumber + 1 > MaxDays)
        {
            errors.Add("from", ErrorCodes.ReportRangeTooLong, new { max = MaxDays });
        }

        ApplicationType? type = null;
        if (!string.IsNullOrWhiteSpace(service))
        {
            if (Enum.TryParse<ApplicationType>(service.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(service, out _))
            {
                type = parsed;
            }
            else
            {
                errors.Add("service", ErrorCodes.ReportServiceInvalid);
            }
        }

        string? regionCode = null;
        if (!string.IsNullOrWhiteSpace(region))
        {
            regionCode = region.Trim();
            if (!regions.All.Any(r => r.Code.Value == regionCode))
            {
                errors.Add("region", ErrorCodes.ReportRegionUnknown);
            }
        }

        return errors.Any ? (null, errors) : (new ReportFilter(fromDate, toDate, type, regionCode), errors);
    }

    private static DateOnly ParseDate(string? text, string field, DateOnly fallback, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(field, ErrorCodes.ReportDateInvalid);
        return fallback;
    }
}
