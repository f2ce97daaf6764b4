namespace SocialInsurance.Api.Features.Reports;

/// <summary>
/// A report's answer: its rows, as JSON for the Studio's charts, and the same rows as a table for the CSV download.
/// The columns name each field once (the JSON property) with its heading in Chinese and English, so the download's
/// header row is in the reader's language and its cells match the chart.
/// </summary>
public sealed record ReportTable<TRow>(ReportFilterEcho Filter, IReadOnlyList<TRow> Rows)
{
    public DateTimeOffset GeneratedAt { get; init; }
}

/// <summary>The filter as applied (defaults filled in), so a chart can say which days it shows.</summary>
public sealed record ReportFilterEcho(string From, string To, string? Service, string? Region)
{
    public static ReportFilterEcho Of(ReportFilter filter) =>
        new(filter.From.ToString("yyyy-MM-dd"), filter.To.ToString("yyyy-MM-dd"), filter.ServiceName, filter.Region);
}

/// <summary>One CSV column: its heading in both languages and how to read the cell from a row.</summary>
public sealed record ReportColumn<TRow>(string Zh, string En, Func<TRow, ReportNames, string> Cell);
