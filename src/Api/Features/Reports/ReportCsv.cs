using System.Text;
using SocialInsurance.Domain.Reference;

namespace SocialInsurance.Api.Features.Reports;

/// <summary>
/// The CSV download of a report: UTF-8 with a byte-order mark (without it Excel reads Chinese as mojibake), CRLF line
/// ends, RFC 4180 quoting, and a cell that starts with = + - @ prefixed with an apostrophe so a spreadsheet never runs
/// it as a formula. Asked for with <c>?format=csv</c> or <c>Accept: text/csv</c>; <c>?lang=en</c> for English headings.
/// </summary>
public static class ReportCsv
{
    public static bool Wanted(HttpContext http, string? format) =>
        string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase)
        || (format is null && http.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase)));

    public static bool English(string? lang) => lang is not null && lang.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    public static IResult Answer<TRow>(HttpContext http, string? format, string? lang, string name, ReportTable<TRow> table, IReadOnlyList<ReportColumn<TRow>> columns)
    {
        if (!Wanted(http, format))
        {
            return TypedResults.Ok(table);
        }

        var names = new ReportNames(http.RequestServices.GetRequiredService<RegionCatalog>(), English(lang));
        var text = new StringBuilder();
        text.AppendJoin(',', columns.Select(c => Quote(names.English ? c.En : c.Zh))).Append("\r\n");
        foreach (var row in table.Rows)
        {
            text.AppendJoin(',', columns.Select(c => Quote(c.Cell(row, names)))).Append("\r\n");
        }

        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
        var fileName = $"{name}-{table.Filter.From}-{table.Filter.To}.csv";
        return TypedResults.File(bytes, "text/csv; charset=utf-8", fileName);
    }

    private static string Quote(string cell)
    {
        if (cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal) && !double.TryParse(cell, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            cell = "'" + cell;
        }

        return cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }
}
