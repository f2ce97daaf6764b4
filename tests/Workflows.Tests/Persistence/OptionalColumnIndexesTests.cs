using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Persistence;

namespace SocialInsurance.Workflows.Tests.Persistence;

/// <summary>
/// An index on a column most rows leave empty (a bookmark's due time or message name, an instance's unique key or
/// parent, a task's completer while it is open) holds only the rows with a value: a step that writes a row with the
/// column empty then touches one tree fewer and commits one page fewer (bench/README.md, issue 14). Every lookup on
/// those columns must still find its index — a filtered index the planner cannot prove usable is a full scan. (That the
/// unique key stays unique among keyed instances, on both providers, is <see cref="StartOnceTests"/>'.)
/// </summary>
public sealed class OptionalColumnIndexesTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
    private TestEngine _engine = null!;
    private WorkflowDbContext _db = null!;

    public async Task InitializeAsync()
    {
        _engine = await TestEngine.StartAsync();
        _db = await _engine.Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContextAsync();
        await _db.Database.OpenConnectionAsync();
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        await _engine.DisposeAsync();
    }

    [Theory]
    [InlineData("wf_bookmarks", "IX_wf_bookmarks_DueAt")]
    [InlineData("wf_bookmarks", "IX_wf_bookmarks_MessageName_CorrelationKey")]
    [InlineData("wf_instances", "IX_wf_instances_UniqueKey")]
    [InlineData("wf_instances", "IX_wf_instances_ParentInstanceId")]
    [InlineData("wf_tasks", "IX_wf_tasks_CompletedBy")]
    public async Task IndexOnAnOptionalColumn_HoldsOnlyRowsWithAValue(string table, string index)
    {
        // Given / When: the schema the migrations made
        var partial = await ScalarAsync($"SELECT \"partial\" FROM pragma_index_list('{table}') WHERE \"name\" = '{index}'");

        // Then
        Assert.Equal(1L, partial);
    }

    public static TheoryData<string, string> Lookups => new()
    {
        { "due timers", "IX_wf_bookmarks_DueAt" },
        { "timers due in a window", "IX_wf_bookmarks_DueAt" },
        { "message subscription", "IX_wf_bookmarks_MessageName_CorrelationKey" },
        { "signal subscriptions", "IX_wf_bookmarks_MessageName_CorrelationKey" },
        { "called instances", "IX_wf_instances_ParentInstanceId" },
        { "tasks completed by", "IX_wf_tasks_CompletedBy" },
    };

    [Theory]
    [MemberData(nameof(Lookups))]
    public async Task LookupOnAnOptionalColumn_SearchesItsIndex(string lookup, string index)
    {
        // Given: the lookups as the engine's queries write them (no query reads an instance's children yet; one would)
        var parent = Guid.CreateVersion7();
        var query = lookup switch
        {
            "due timers" => _db.Bookmarks.Where(b => b.DueAt != null && b.DueAt <= Now).OrderBy(b => b.DueAt).Take(100).CreateDbCommand(),
            "timers due in a window" => _db.Bookmarks.Where(b => b.DueAt != null && b.DueAt >= Now && b.DueAt < Now.AddDays(1))
                .OrderBy(b => b.DueAt).ThenBy(b => b.Id).Skip(10).Take(10).CreateDbCommand(),
            "message subscription" => _db.Bookmarks.Where(b => b.Kind == BookmarkKind.Message && b.MessageName == "agreementSigned" && b.CorrelationKey == "650102199001011234").CreateDbCommand(),
            "signal subscriptions" => _db.Bookmarks.Where(b => b.Kind == BookmarkKind.Signal && b.MessageName == "contributionRatesChanged").CreateDbCommand(),
            "called instances" => _db.Instances.Where(i => i.ParentInstanceId == parent).CreateDbCommand(),
            "tasks completed by" => _db.Tasks.Where(t => t.CompletedBy == "reviewer1").CreateDbCommand(),
            _ => throw new ArgumentOutOfRangeException(nameof(lookup), lookup, null),
        };

        // When
        var plan = await PlanAsync(query);

        // Then
        Assert.Contains($"USING INDEX {index}", plan, StringComparison.Ordinal);
    }

    private async Task<string> PlanAsync(DbCommand query)
    {
        await using var command = query;
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        await using var reader = await command.ExecuteReaderAsync();
        var steps = new List<string>();
        while (await reader.ReadAsync())
        {
            steps.Add(reader.GetString(3));
        }

        return string.Join(" | ", steps);
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var command = ((SqliteConnection)_db.Database.GetDbConnection()).CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
