using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Api.Features.Reports;
using SocialInsurance.Api.Infrastructure.Cases.Reporting;
using SocialInsurance.Api.Infrastructure.Persistence;
using SocialInsurance.Api.Tests.Support;
using SocialInsurance.Testing;

using static SocialInsurance.Api.Tests.Reports.ReportFacts;

namespace SocialInsurance.Api.Tests.Reports;

/// <summary>
/// The cycle-time route against the definition, on both databases: over a seeded set of report rows (several days,
/// the three services, three regions, ties, durations from 0 s to weeks, cases not decided or not completed), every
/// count and P50/P90 the route gives must equal the nearest rank (the ⌈p·n⌉-th smallest) computed in memory from the
/// same rows, for ranges that cover everything, one day, a few days, narrowed by service and region, and no case at all.
/// </summary>
public sealed class CycleTimePercentileTests
{
    private static readonly string[] Filters =
    [
        "from=2026-01-15&to=2026-03-31",
        "from=2026-02-03&to=2026-02-03",
        "from=2026-02-02&to=2026-02-05",
        "from=2026-02-01&to=2026-02-09&service=NewEnrollment",
        "from=2026-02-01&to=2026-02-09&region=6502",
        "from=2026-02-04&to=2026-02-12&service=Resumption&region=6501",
        "from=2025-06-01&to=2025-06-30",
    ];

    [Fact]
    public async Task CycleTimes_EqualTheNearestRankOfTheSeededDurations_OnSqlite()
    {
        // Given
        await using var factory = new DatabaseApiFactory();

        // When, Then
        await AssertRouteMatchesDefinitionAsync(factory);
    }

    [SkippableFact]
    public async Task CycleTimes_EqualTheNearestRankOfTheSeededDurations_OnPostgreSql()
    {
        // Given
        Skip.If(PostgresDatabase.Server is null, $"{PostgresDatabase.Variable} is not set");
        await using var database = await PostgresDatabase.CreateAsync();
        await using var factory = new DatabaseApiFactory(database.ConnectionString);

        // When, Then
        await AssertRouteMatchesDefinitionAsync(factory);
    }

    [Fact]
    public async Task DurationBucketSql_AgreesWithTheCode_AtEveryEdge_OnSqlite()
    {
        // Given
        await using var factory = new DatabaseApiFactory();

        // When, Then
        await AssertSqlBucketsMatchCodeAsync(factory);
    }

    [SkippableFact]
    public async Task DurationBucketSql_AgreesWithTheCode_AtEveryEdge_OnPostgreSql()
    {
        // Given
        Skip.If(PostgresDatabase.Server is null, $"{PostgresDatabase.Variable} is not set");
        await using var database = await PostgresDatabase.CreateAsync();
        await using var factory = new DatabaseApiFactory(database.ConnectionString);

        // When, Then
        await AssertSqlBucketsMatchCodeAsync(factory);
    }

    private static async Task AssertRouteMatchesDefinitionAsync(DatabaseApiFactory factory)
    {
        // Given
        var admin = await factory.ClientForAsync("admin1");
        var facts = Seed(new Random(20261206), 900);
        await InsertAsync(factory, facts);

        foreach (var filter in Filters)
        {
            // When
            var report = await admin.GetFromJsonAsync<JsonElement>("/api/admin/reports/cycle-times?" + filter);

            // Then
            var rows = report.GetProperty("rows").EnumerateArray().ToList();
            var service = Value(filter, "service");
            Assert.Equal(service is null ? Services : [service], rows.Select(r => r.GetProperty("service").GetString()));
            foreach (var row in rows)
            {
                var expected = Expected(facts, filter, row.GetProperty("service").GetString()!);
                Assert.Equal(expected, Actual(row));
            }
        }

        // And the seeded set is one that tests something: figures in most ranges, none in the last
        var everything = await admin.GetFromJsonAsync<JsonElement>("/api/admin/reports/cycle-times?" + Filters[0]);
        Assert.All(everything.GetProperty("rows").EnumerateArray(), r => Assert.True(r.GetProperty("decided").GetInt32() > 50));
        var empty = await admin.GetFromJsonAsync<JsonElement>("/api/admin/reports/cycle-times?" + Filters[^1]);
        Assert.All(empty.GetProperty("rows").EnumerateArray(), r => Assert.Equal(Figures.None(r.GetProperty("service").GetString()!), Actual(r)));
    }

    private static async Task AssertSqlBucketsMatchCodeAsync(DatabaseApiFactory factory)
    {
        // Given durations at every kind of bucket edge, stored as the reports store them
        var seconds = new List<long> { 0, 1, 2, 15, 16, 31, 32, 33, 47, 48, 63, 64, 65, 3_599, 3_600, 86_399, 86_400, 1_728_000, long.MaxValue };
        for (var shift = 6; shift < 63; shift++)
        {
            seconds.AddRange([(1L << shift) - 1, 1L << shift, (1L << shift) + 1, (3L << (shift - 1)) + 7]);
        }

        await InsertAsync(factory, seconds.Select((s, i) => Fact(Services[i % 3], Regions[i % 3], FirstDay, s, null, null)).ToList());

        // When the database computes their buckets
        await using var db = factory.Services.GetRequiredService<CaseServiceStore>().Create();
        var sql = $"SELECT {DurationBuckets.Sql("\"DecisionSeconds\"")} AS \"Value\" FROM case_report_facts ORDER BY \"DecisionSeconds\"";
        var buckets = await db.Database.SqlQueryRaw<long>(sql).ToListAsync();

        // Then each is the one the code gives, the one whose interval the route reads
        Assert.Equal(seconds.Order().Select(s => (long)DurationBuckets.Of(s)), buckets);
    }

    /// <summary>
    /// Cases over twelve days: durations drawn from a few shapes — whole tenths of an hour (so a rank off by one shows
    /// in the hours the route rounds to), a handful of repeated values (ties), seconds under a minute, and weeks —
    /// some not decided, some decided but not completed.
    /// </summary>
    private static List<CaseReportFact> Seed(Random random, int count)
    {
        long[] ties = [7_200, 7_200 + 360, 36_000, 86_400];
        var facts = new List<CaseReportFact>(count);
        for (var i = 0; i < count; i++)
        {
            long Duration() => random.Next(10) switch
            {
                < 5 => 360L * random.Next(0, 600),
                < 7 => ties[random.Next(ties.Length)],
                < 8 => random.Next(0, 60),
                _ => 360L * random.Next(600, 6_000),
            };

            var service = Services[random.Next(10) switch { < 6 => 0, < 9 => 1, _ => 2 }];
            var region = Regions[random.Next(Regions.Length)];
            var decision = random.Next(10) == 0 ? (long?)null : Duration();
            var completion = decision is { } d && random.Next(4) != 0 ? d + (random.Next(3) == 0 ? 0 : Duration()) : (long?)null;
            facts.Add(Fact(
                service,
                region,
                decision is null ? null : FirstDay.AddDays(random.Next(12)),
                decision,
                completion is null ? null : FirstDay.AddDays(random.Next(12)),
                completion));
        }

        return facts;
    }

    private static CaseReportFact Fact(string service, string region, DateOnly? decidedOn, long? decision, DateOnly? completedOn, long? completion) => new()
    {
        ApplicationId = Guid.NewGuid(),
        Service = service,
        Region = region,
        Status = completion is not null ? "Completed" : decision is not null ? "Approved" : "UnderReview",
        Outcome = decision is null ? null : "Approved",
        DecidedDay = decidedOn is { } d ? CaseReportFacts.DayNumber(d) : null,
        DecisionSeconds = decision,
        CompletedDay = completedOn is { } c ? CaseReportFacts.DayNumber(c) : null,
        CompletionSeconds = completion,
    };

    /// <summary>What the route must say for one service, computed from the rows by the definition.</summary>
    private static Figures Expected(List<CaseReportFact> facts, string filter, string service)
    {
        var (from, to) = Days(filter);
        var region = Value(filter, "region");
        var mine = facts.Where(f => f.Service == service && (region is null || f.Region == region)).ToList();
        var decisions = mine.Where(f => f.DecidedDay >= from && f.DecidedDay <= to && f.DecisionSeconds is not null).Select(f => f.DecisionSeconds!.Value).Order().ToList();
        var completions = mine.Where(f => f.CompletedDay >= from && f.CompletedDay <= to && f.CompletionSeconds is not null).Select(f => f.CompletionSeconds!.Value).Order().ToList();
        return new Figures(
            service,
            decisions.Count,
            NearestRank(decisions, 50),
            NearestRank(decisions, 90),
            completions.Count,
            NearestRank(completions, 50),
            NearestRank(completions, 90));
    }

    /// <summary>The ⌈p·n⌉-th smallest (in whole numbers, so no floating-point edge), in hours to one decimal as the route gives them.</summary>
    private static double? NearestRank(List<long> ordered, int percent) =>
        ordered.Count == 0 ? null : Math.Round(ordered[(int)Math.Max(1, ((percent * (long)ordered.Count) + 99) / 100) - 1] / 3600.0, 1);

    private static Figures Actual(JsonElement row) => new(
        row.GetProperty("service").GetString()!,
        row.GetProperty("decided").GetInt32(),
        Hours(row, "decisionP50Hours"),
        Hours(row, "decisionP90Hours"),
        row.GetProperty("completed").GetInt32(),
        Hours(row, "completionP50Hours"),
        Hours(row, "completionP90Hours"));

    private static double? Hours(JsonElement row, string name) =>
        row.GetProperty(name) is { ValueKind: JsonValueKind.Number } value ? value.GetDouble() : null;

    private sealed record Figures(string Service, int Decided, double? DecisionP50, double? DecisionP90, int Completed, double? CompletionP50, double? CompletionP90)
    {
        public static Figures None(string service) => new(service, 0, null, null, 0, null, null);
    }
}
