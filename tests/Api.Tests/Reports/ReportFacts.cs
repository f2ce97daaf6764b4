using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Api.Infrastructure.Cases.Reporting;
using SocialInsurance.Api.Infrastructure.Persistence;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests.Reports;

/// <summary>
/// What the report tests that check a route against a computation in memory share: the services and regions their
/// seeded rows use, the first seeded day, reading a filter's query string, and writing the rows.
/// </summary>
internal static class ReportFacts
{
    public static readonly string[] Services = ["NewEnrollment", "Resumption", "Suspension"];
    public static readonly string[] Regions = ["6501", "6502", "6504"];
    public static readonly DateOnly FirstDay = new(2026, 2, 1);

    /// <summary>A parameter of a filter's query string (<c>from=…&amp;to=…&amp;service=…</c>), or null.</summary>
    public static string? Value(string query, string name) =>
        query.Split('&').Select(p => p.Split('=')).Where(p => p[0] == name).Select(p => p[1]).FirstOrDefault();

    /// <summary>The filter's <c>from</c> and <c>to</c> as the day numbers the report rows hold.</summary>
    public static (int From, int To) Days(string filter) => (Day(filter, "from"), Day(filter, "to"));

    public static async Task InsertAsync(DatabaseApiFactory factory, IEnumerable<CaseReportFact> facts)
    {
        await using var db = factory.Services.GetRequiredService<CaseServiceStore>().Create();
        db.ReportFacts.AddRange(facts);
        await db.SaveChangesAsync();
    }

    private static int Day(string filter, string name) =>
        CaseReportFacts.DayNumber(DateOnly.Parse(Value(filter, name)!, CultureInfo.InvariantCulture));
}
