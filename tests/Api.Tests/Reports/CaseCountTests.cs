using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Infrastructure.Cases.Reporting;
using SocialInsurance.Api.Infrastructure.Persistence;
using SocialInsurance.Api.Tests.Support;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.Reference;
using SocialInsurance.Testing;

using static SocialInsurance.Api.Tests.Reports.ReportFacts;

namespace SocialInsurance.Api.Tests.Reports;

/// <summary>
/// The counting reports against the definition, on both databases: every row of cases-per-day (started, decided and
/// completed per day, service and region) and of decisions (approved, rejected and supplement requests per service)
/// must equal the count of the report rows that fall in the range, computed in memory, for ranges that cover
/// everything, one day, a few days, narrowed by service, by region and by both, and no case at all. Then cases
/// submitted and decided by concurrent saves: the reports count each case once.
/// </summary>
public sealed class CaseCountTests
{
    private static readonly string[] Filters =
    [
        "from=2026-01-15&to=2026-03-31",
        "from=2026-02-03&to=2026-02-03",
        "from=2026-02-02&to=2026-02-05",
        "from=2026-02-01&to=2026-02-20&service=Resumption",
        "from=2026-02-01&to=2026-02-20&region=6502",
        "from=2026-02-04&to=2026-02-12&service=NewEnrollment&region=6501",
        "from=2025-06-01&to=2025-06-30",
    ];

    [Fact]
    public async Task CasesPerDayAndDecisions_EqualCountsOfTheSeededCases_OnSqlite()
    {
        // Given
        await using var factory = new DatabaseApiFactory();

        // When, Then
        await AssertRoutesMatchDefinitionAsync(factory);
    }

    [SkippableFact]
    public async Task CasesPerDayAndDecisions_EqualCountsOfTheSeededCases_OnPostgreSql()
    {
        // Given
        Skip.If(PostgresDatabase.Server is null, $"{PostgresDatabase.Variable} is not set");
        await using var database = await PostgresDatabase.CreateAsync();
        await using var factory = new DatabaseApiFactory(database.ConnectionString);

        // When, Then
        await AssertRoutesMatchDefinitionAsync(factory);
    }

    [Fact]
    public async Task CasesPerDay_CountsEachCaseOnce_WhenSubmissionsAndDecisionsAreSavedConcurrently_OnSqlite()
    {
        // Given
        await using var factory = new DatabaseApiFactory();

        // When, Then
        await AssertConcurrentMovesCountedOnceAsync(factory);
    }

    [SkippableFact]
    public async Task CasesPerDay_CountsEachCaseOnce_WhenSubmissionsAndDecisionsAreSavedConcurrently_OnPostgreSql()
    {
        // Given
        Skip.If(PostgresDatabase.Server is null, $"{PostgresDatabase.Variable} is not set");
        await using var database = await PostgresDatabase.CreateAsync();
        await using var factory = new DatabaseApiFactory(database.ConnectionString);

        // When, Then
        await AssertConcurrentMovesCountedOnceAsync(factory);
    }

    private static async Task AssertRoutesMatchDefinitionAsync(DatabaseApiFactory factory)
    {
        // Given
        var admin = await factory.ClientForAsync("admin1");
        var facts = Seed(new Random(20261206), 900);
        await InsertAsync(factory, facts);

        foreach (var filter in Filters)
        {
            // When
            var perDay = await admin.GetFromJsonAsync<JsonElement>("/api/admin/reports/cases-per-day?" + filter);
            var decisions = await admin.GetFromJsonAsync<JsonElement>("/api/admin/reports/decisions?" + filter);

            // Then
            Assert.Equal(ExpectedPerDay(facts, filter), PerDayRows(perDay));
            Assert.Equal(ExpectedDecisions(facts, filter), DecisionRows(decisions));
        }

        // And the seeded set is one that tests something: many rows over everything, none in the last range
        var everything = await admin.GetFromJsonAsync<JsonElement>("/api/admin/reports/cases-per-day?" + Filters[0]);
        Assert.True(PerDayRows(everything).Count > 100);
        Assert.Equal(6 + 3, DecisionRows(await admin.GetFromJsonAsync<JsonElement>("/api/admin/reports/decisions?" + Filters[0])).Count);
        Assert.Empty(PerDayRows(await admin.GetFromJsonAsync<JsonElement>("/api/admin/reports/cases-per-day?" + Filters[^1])));
    }

    /// <summary>
    /// Forty drafts in two regions: thirty submitted at once; then twenty of those decided (half approved, half rejected
    /// and so 办结) while the last ten are submitted, each save on its own context, all at the same time. The reports
    /// must show what the cases' histories say, each case once.
    /// </summary>
    private static async Task AssertConcurrentMovesCountedOnceAsync(DatabaseApiFactory factory)
    {
        // Given forty drafts with their materials, in two regions, thirty of them submitted at once
        var contexts = factory.Services.GetRequiredService<CasesDbContextFactory>();
        var admin = await factory.ClientForAsync("admin1");
        var now = new DateTimeOffset(2026, 5, 6, 2, 0, 0, TimeSpan.Zero);
        var ids = new List<Guid>();
        await using (var db = contexts.Create())
        {
            for (var i = 0; i < 40; i++)
            {
                var application = new Application(Guid.NewGuid(), ResidentIdNumber.Create("650102199003071235"), "张三", Enrollment(Regions[i % 2]), now);
                foreach (var kind in Enum.GetValues<MaterialKind>())
                {
                    application.AttachMaterial(kind, $"file-{kind}", $"{kind}.jpg", now);
                }

                db.Applications.Add(application);
                ids.Add(application.Id);
            }

            await db.SaveChangesAsync();
        }

        await Task.WhenAll(ids.Take(30).Select(id => MoveAsync(contexts, id, a => a.Submit(now.AddHours(1)))));

        // When twenty are decided while ten more are submitted, every save at once
        var decisions = ids.Take(20).Select((id, i) => MoveAsync(contexts, id, a =>
        {
            a.StartReview("reviewer1", now.AddHours(2));
            if (i % 4 < 2)
            {
                a.Approve("reviewer1", now.AddHours(3));
            }
            else
            {
                a.Reject("reviewer1", [], "材料不全", now.AddHours(3));
                a.Complete(now.AddHours(3));
            }
        }));
        var submissions = ids.Skip(30).Select(id => MoveAsync(contexts, id, a => a.Submit(now.AddHours(4))));
        await Task.WhenAll(decisions.Concat(submissions));

        // Then every case is counted once, as its history says: per region 20 started, 10 decided, 5 of them (the rejected) completed
        var perDay = PerDayRows(await admin.GetFromJsonAsync<JsonElement>("/api/admin/reports/cases-per-day?from=2026-05-06&to=2026-05-06"));
        Assert.Equal(
            [new PerDay("2026-05-06", "NewEnrollment", "6501", 20, 10, 5), new PerDay("2026-05-06", "NewEnrollment", "6502", 20, 10, 5)],
            perDay);
        var outcomes = DecisionRows(await admin.GetFromJsonAsync<JsonElement>("/api/admin/reports/decisions?from=2026-05-06&to=2026-05-06"));
        Assert.Equal([new Decision("NewEnrollment", "Approved", 10), new Decision("NewEnrollment", "Rejected", 10)], outcomes);
    }

    private static async Task MoveAsync(CasesDbContextFactory contexts, Guid id, Action<Application> move)
    {
        await using var db = contexts.Create();
        var application = await db.Applications.SingleAsync(a => a.Id == id);
        move(application);
        await db.SaveChangesAsync();
    }

    /// <summary>Cases over twenty days: most submitted, most of those decided (approved or rejected), some after a supplement request, many completed.</summary>
    private static List<CaseReportFact> Seed(Random random, int count)
    {
        var facts = new List<CaseReportFact>(count);
        for (var i = 0; i < count; i++)
        {
            int? Day(int? after) => after is { } d ? CaseReportFacts.DayNumber(CaseReportFacts.FromDayNumber(d).AddDays(random.Next(4))) : null;
            var submitted = random.Next(20) == 0 ? null : (int?)CaseReportFacts.DayNumber(FirstDay.AddDays(random.Next(16)));
            var decided = random.Next(5) == 0 ? null : Day(submitted);
            var supplement = decided is not null && random.Next(6) == 0 ? submitted : null;
            var completed = random.Next(3) == 0 ? null : Day(decided);
            facts.Add(new CaseReportFact
            {
                ApplicationId = Guid.NewGuid(),
                Service = Services[random.Next(10) switch { < 6 => 0, < 9 => 1, _ => 2 }],
                Region = Regions[random.Next(Regions.Length)],
                Status = completed is not null ? "Completed" : decided is not null ? "Approved" : "UnderReview",
                SubmittedDay = submitted,
                DecidedDay = decided,
                Outcome = decided is null ? null : random.Next(4) == 0 ? "Rejected" : "Approved",
                CompletedDay = completed,
                SupplementDay = supplement,
                SupplementRequests = supplement is null ? 0 : 1,
            });
        }

        return facts;
    }

    private static List<PerDay> ExpectedPerDay(List<CaseReportFact> facts, string filter)
    {
        var (from, to, mine) = Narrow(facts, filter);
        bool In(int? day) => day >= from && day <= to;
        var keys = mine.SelectMany(f => new[] { f.SubmittedDay, f.DecidedDay, f.CompletedDay }.Where(In).Select(d => (Day: d!.Value, f.Service, f.Region)))
            .Distinct()
            .Order();
        return keys.Select(k => new PerDay(
                CaseReportFacts.FromDayNumber(k.Day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                k.Service,
                k.Region,
                mine.Count(f => f.SubmittedDay == k.Day && f.Service == k.Service && f.Region == k.Region),
                mine.Count(f => f.DecidedDay == k.Day && f.Service == k.Service && f.Region == k.Region),
                mine.Count(f => f.CompletedDay == k.Day && f.Service == k.Service && f.Region == k.Region)))
            .ToList();
    }

    private static List<Decision> ExpectedDecisions(List<CaseReportFact> facts, string filter)
    {
        var (from, to, mine) = Narrow(facts, filter);
        var decided = mine.Where(f => f.DecidedDay >= from && f.DecidedDay <= to).Select(f => (f.Service, Outcome: f.Outcome!));
        var supplements = mine.Where(f => f.SupplementDay >= from && f.SupplementDay <= to).Select(f => (f.Service, Outcome: "SupplementRequested"));
        return decided.Concat(supplements)
            .GroupBy(x => x)
            .Select(g => new Decision(g.Key.Service, g.Key.Outcome, g.Count()))
            .OrderBy(d => d.Service, StringComparer.Ordinal)
            .ThenBy(d => d.Outcome, StringComparer.Ordinal)
            .ToList();
    }

    private static (int From, int To, List<CaseReportFact> Mine) Narrow(List<CaseReportFact> facts, string filter)
    {
        var (from, to) = Days(filter);
        var service = Value(filter, "service");
        var region = Value(filter, "region");
        return (from, to, facts.Where(f => (service is null || f.Service == service) && (region is null || f.Region == region)).ToList());
    }

    private static List<PerDay> PerDayRows(JsonElement report) => report.GetProperty("rows").EnumerateArray()
        .Select(r => new PerDay(
            r.GetProperty("day").GetString()!,
            r.GetProperty("service").GetString()!,
            r.GetProperty("region").GetString()!,
            r.GetProperty("started").GetInt32(),
            r.GetProperty("decided").GetInt32(),
            r.GetProperty("completed").GetInt32()))
        .ToList();

    private static List<Decision> DecisionRows(JsonElement report) => report.GetProperty("rows").EnumerateArray()
        .Select(r => new Decision(r.GetProperty("service").GetString()!, r.GetProperty("outcome").GetString()!, r.GetProperty("count").GetInt32()))
        .ToList();

    private static NewEnrollmentDetails Enrollment(string region) => new(
        MobilePhone.Create("13812345678"),
        RegionCode.Create(region),
        ["110"],
        "ICBC",
        BankAccount.Create("6222020200112233", "张三", "张三"),
        ContributionBase.Create(5000m),
        PaymentFrequency.Monthly);

    private sealed record PerDay(string Day, string Service, string Region, int Started, int Decided, int Completed);

    private sealed record Decision(string Service, string Outcome, int Count);
}
