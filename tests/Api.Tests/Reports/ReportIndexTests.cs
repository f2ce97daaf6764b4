using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SocialInsurance.Api.Infrastructure.Cases.Reporting;
using SocialInsurance.Api.Tests.Support;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Hosting;

using static SocialInsurance.Api.Tests.Reports.ReportFacts;

namespace SocialInsurance.Api.Tests.Reports;

/// <summary>
/// The report rows' milestone indexes hold only the cases that reached the milestone: a draft has no submission, decision
/// or completion yet, so saving one touches none of them, and a submission adds one entry instead of moving one
/// (bench/README.md, issue 14). A filtered index the planner cannot prove usable is a read of the whole table, so every
/// query the case reports send must still be answered from one of the reports' own indexes, on both databases
/// (PostgreSQL asked with sequential scans priced out, so a small table shows which index it could use).
/// </summary>
public sealed class ReportIndexTests
{
    private static readonly string[] Routes = ["cases-per-day", "decisions", "cycle-times"];

    private static readonly string[] Filters =
    [
        "",
        "from=2026-02-01&to=2026-02-20",
        "from=2026-02-01&to=2026-02-20&service=NewEnrollment",
        "from=2026-02-01&to=2026-02-20&region=6502",
        "from=2026-02-01&to=2026-02-20&service=Resumption&region=6501",
    ];

    [Theory]
    [InlineData("ix_case_report_facts_submitted")]
    [InlineData("ix_case_report_facts_decided")]
    [InlineData("ix_case_report_facts_completed")]
    [InlineData("ix_case_report_facts_supplement")]
    [InlineData("ix_case_report_facts_decision_time")]
    [InlineData("ix_case_report_facts_completion_time")]
    public async Task MilestoneIndex_HoldsOnlyCasesThatReachedTheMilestone(string index)
    {
        // Given
        await using var factory = new DatabaseApiFactory();
        await using var connection = OpenDatabase(factory);

        // When: the schema the migrations made
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"partial\" FROM pragma_index_list('case_report_facts') WHERE \"name\" = $index";
        command.Parameters.AddWithValue("$index", index);
        var partial = await command.ExecuteScalarAsync();

        // Then
        Assert.Equal(1L, partial);
    }

    [Fact]
    public async Task EveryCaseReportQuery_IsAnsweredFromAReportIndex_NeverTheTable_OnSqlite()
    {
        // Given
        await using var factory = new DatabaseApiFactory();
        await using var connection = OpenDatabase(factory);

        // When, Then
        await AssertEveryQueryReadsAReportIndexAsync(factory, connection, c => c is SqliteConnection { DataSource: var file } && file == connection.DataSource,
            line => line.Contains("INDEX ix_case_report_facts_", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task EveryCaseReportQuery_IsAnsweredFromAReportIndex_NeverTheTable_OnPostgreSql()
    {
        // Given
        Skip.If(PostgresDatabase.Server is null, $"{PostgresDatabase.Variable} is not set");
        await using var database = await PostgresDatabase.CreateAsync();
        await using var factory = new DatabaseApiFactory(database.ConnectionString);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using (var price = connection.CreateCommand())
        {
            price.CommandText = "SET enable_seqscan = off";
            await price.ExecuteNonQueryAsync();
        }

        // When, Then
        await AssertEveryQueryReadsAReportIndexAsync(factory, connection, c => c is NpgsqlConnection { Database: var name } && name == database.Name,
            line => line.Contains(" using ix_case_report_facts_", StringComparison.Ordinal) || line.Contains(" on ix_case_report_facts_", StringComparison.Ordinal));
    }

    private static async Task AssertEveryQueryReadsAReportIndexAsync(DatabaseApiFactory factory, DbConnection connection, Func<DbConnection, bool> onThisDatabase, Func<string, bool> readsAReportIndex)
    {
        // Given report rows at every stage: drafts, submitted, decided, completed, with a supplement request
        await InsertAsync(factory, Seed(new Random(20261207), 400));
        var admin = await factory.ClientForAsync("admin1");
        using var commands = new CommandRecorder(onThisDatabase);

        // When every case report is asked for with each filter
        foreach (var route in Routes)
        {
            foreach (var filter in Filters)
            {
                using var response = await admin.GetAsync($"/api/admin/reports/{route}?{filter}");
                response.EnsureSuccessStatusCode();
            }
        }

        // Then each query on the report rows reads one of their indexes, never the table itself
        var queries = commands.Distinct().ToList();
        Assert.True(queries.Count >= 6, $"expected the report queries to be recorded, got {queries.Count}");
        foreach (var query in queries)
        {
            var plan = await PlanAsync(connection, query);
            var reads = FactReads(connection, query.Sql, plan);
            Assert.True(reads.Count > 0, $"no read of case_report_facts in the plan of:\n{query.Sql}\n{string.Join("\n", plan)}");
            Assert.All(reads, line => Assert.True(readsAReportIndex(line), $"'{line}' does not read a report index, in the plan of:\n{query.Sql}"));
        }
    }

    private static SqliteConnection OpenDatabase(DatabaseApiFactory factory)
    {
        var options = factory.Services.GetRequiredService<WorkflowOptions>();
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(options.ConnectionString) { Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>
    /// The plan's reads of the report rows. SQLite names a table by its alias when the query gives one (EF Core's
    /// <c>"case_report_facts" AS "c"</c>), so its reads are the SCAN and SEARCH lines on the table or one of its aliases;
    /// PostgreSQL names the table in every node that reads it.
    /// </summary>
    private static List<string> FactReads(DbConnection connection, string sql, List<string> plan)
    {
        if (connection is not SqliteConnection)
        {
            return plan.Where(line => line.Contains("case_report_facts", StringComparison.Ordinal)).ToList();
        }

        var names = Regex.Matches(sql, "\"?case_report_facts\"?\\s+AS\\s+\"?(\\w+)\"?", RegexOptions.IgnoreCase)
            .Select(m => m.Groups[1].Value)
            .Append("case_report_facts")
            .ToHashSet(StringComparer.Ordinal);
        return plan.Where(line => Regex.Match(line, "^(?:SCAN|SEARCH) (\\w+)") is { Success: true } m && names.Contains(m.Groups[1].Value)).ToList();
    }

    /// <summary>The plan's lines: SQLite's detail column, or PostgreSQL's text plan, one node per line.</summary>
    private static async Task<List<string>> PlanAsync(DbConnection connection, RecordedQuery query)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = (connection is SqliteConnection ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + query.Sql;
        foreach (var parameter in query.Parameters)
        {
            command.Parameters.Add(parameter.Copy());
        }

        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(reader.FieldCount - 1));
        }

        return lines;
    }

    /// <summary>Drafts (no milestone), and cases submitted, decided, completed and sent back for supplements over twenty days.</summary>
    private static List<CaseReportFact> Seed(Random random, int count)
    {
        var facts = new List<CaseReportFact>(count);
        for (var i = 0; i < count; i++)
        {
            var stage = random.Next(5);
            var submitted = FirstDay.AddDays(random.Next(15));
            var decided = submitted.AddDays(random.Next(5));
            facts.Add(new CaseReportFact
            {
                ApplicationId = Guid.CreateVersion7(),
                Service = Services[random.Next(Services.Length)],
                Region = Regions[random.Next(Regions.Length)],
                Status = stage switch { 0 => "Draft", 1 => "UnderReview", 2 => "SupplementRequested", 3 => "Approved", _ => "Completed" },
                SubmittedDay = stage == 0 ? null : CaseReportFacts.DayNumber(submitted),
                SupplementDay = stage == 2 ? CaseReportFacts.DayNumber(decided) : null,
                SupplementRequests = stage == 2 ? 1 : 0,
                Outcome = stage >= 3 ? "Approved" : null,
                DecidedDay = stage >= 3 ? CaseReportFacts.DayNumber(decided) : null,
                DecisionSeconds = stage >= 3 ? random.Next(3_600, 400_000) : null,
                CompletedDay = stage == 4 ? CaseReportFacts.DayNumber(decided) : null,
                CompletionSeconds = stage == 4 ? random.Next(400_000, 900_000) : null,
            });
        }

        return facts;
    }

    /// <summary>A command as it was sent: its text and its parameters, to be asked again under EXPLAIN.</summary>
    private sealed record RecordedQuery(string Sql, IReadOnlyList<RecordedParameter> Parameters)
    {
        public bool Equals(RecordedQuery? other) =>
            other is not null && Sql == other.Sql && Parameters.SequenceEqual(other.Parameters);

        public override int GetHashCode() => Sql.GetHashCode(StringComparison.Ordinal);
    }

    private sealed record RecordedParameter(DbParameter Original)
    {
        public DbParameter Copy() => Original switch
        {
            NpgsqlParameter npgsql => npgsql.Clone(),
            _ => new SqliteParameter(Original.ParameterName, Original.Value ?? DBNull.Value),
        };

        public bool Equals(RecordedParameter? other) =>
            other is not null && Original.ParameterName == other.Original.ParameterName && Equals(Original.Value, other.Original.Value);

        public override int GetHashCode() => Original.ParameterName.GetHashCode(StringComparison.Ordinal);
    }

    /// <summary>
    /// The commands EF Core sends on the report rows of one database, with their parameters, from its diagnostic events:
    /// the queries exactly as the routes build them, the raw SQL ones included. Other tests' hosts run in the same
    /// process, so commands on other databases are left out.
    /// </summary>
    private sealed class CommandRecorder : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly Func<DbConnection, bool> _onThisDatabase;
        private readonly ConcurrentQueue<RecordedQuery> _queries = new();
        private readonly List<IDisposable> _subscriptions = [];

        public CommandRecorder(Func<DbConnection, bool> onThisDatabase)
        {
            _onThisDatabase = onThisDatabase;
            _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
        }

        public IEnumerable<RecordedQuery> Distinct() => _queries.Distinct();

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                lock (_subscriptions)
                {
                    _subscriptions.Add(listener.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key != RelationalEventId.CommandExecuting.Name || value.Value is not CommandEventData { Command: var command }
                || command.Connection is not { } connection
                || !_onThisDatabase(connection)
                || !command.CommandText.Contains("case_report_facts", StringComparison.Ordinal))
            {
                return;
            }

            _queries.Enqueue(new RecordedQuery(
                command.CommandText,
                command.Parameters.Cast<DbParameter>().Select(p => new RecordedParameter(p)).ToList()));
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            lock (_subscriptions)
            {
                foreach (var subscription in _subscriptions)
                {
                    subscription.Dispose();
                }
            }
        }
    }
}
