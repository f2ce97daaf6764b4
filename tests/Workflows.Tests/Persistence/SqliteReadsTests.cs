using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Execution.UserTasks;
using SocialInsurance.Workflows.Persistence;
using SocialInsurance.Workflows.Persistence.Reads;
using SocialInsurance.Workflows.Persistence.Writes;

namespace SocialInsurance.Workflows.Tests.Persistence;

/// <summary>
/// A step's reads on SQLite go straight to kept statements (issue 14): every row must come back as the object EF Core's
/// compiled queries make of it — every column, null or not, every enum, the JSON columns, a task's candidates in order.
/// </summary>
public sealed class SqliteReadsTests : IAsyncLifetime
{
    private static readonly Guid Full = Guid.NewGuid(), Sparse = Guid.NewGuid(), FullTask = Guid.NewGuid(), SparseTask = Guid.NewGuid();
    private TestEngine _engine = null!;
    private WorkflowDbContext _db = null!;
    private SqliteConnection _connection = null!;

    public async Task InitializeAsync()
    {
        _engine = await TestEngine.StartAsync();
        _db = await _engine.Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContextAsync();
        await _db.Database.OpenConnectionAsync();
        _connection = (SqliteConnection)_db.Database.GetDbConnection();

        // Rows written as a step writes them, each column either given a value or (the sparse rows) left null where it may.
        Insert<ProcessInstance>(sparse: true, (nameof(ProcessInstance.Id), Sparse));
        Insert<ProcessInstance>(sparse: false, (nameof(ProcessInstance.Id), Full), (nameof(ProcessInstance.ParentInstanceId), Sparse));
        Insert<UserTaskInstance>(sparse: false, (nameof(UserTaskInstance.Id), FullTask), (nameof(UserTaskInstance.InstanceId), Full),
            (nameof(UserTaskInstance.Status), UserTaskStatus.Created));
        Insert<UserTaskInstance>(sparse: true, (nameof(UserTaskInstance.Id), SparseTask), (nameof(UserTaskInstance.InstanceId), Full),
            (nameof(UserTaskInstance.Status), UserTaskStatus.Completed));
        // Stored out of order: the read orders them by key, as EF's include does.
        foreach (var (kind, value) in new[] { (CandidateKind.User, "reviewer2"), (CandidateKind.Group, "reviewers"), (CandidateKind.User, "reviewer1"), (CandidateKind.Group, "auditors") })
        {
            Insert<TaskCandidate>(sparse: false, (nameof(TaskCandidate.TaskId), FullTask), (nameof(TaskCandidate.Kind), kind), (nameof(TaskCandidate.Value), value));
        }

        foreach (var kind in Enum.GetValues<BookmarkKind>())
        {
            Insert<Bookmark>(sparse: false, (nameof(Bookmark.Id), Guid.NewGuid()), (nameof(Bookmark.InstanceId), Full), (nameof(Bookmark.Kind), kind),
                (nameof(Bookmark.MessageName), "agreementSigned"), (nameof(Bookmark.CorrelationKey), "650102199001011234"));
        }

        Insert<Bookmark>(sparse: true, (nameof(Bookmark.Id), Guid.NewGuid()), (nameof(Bookmark.InstanceId), Full), (nameof(Bookmark.Kind), BookmarkKind.Message));
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        await _engine.DisposeAsync();
    }

    [Fact]
    public async Task SqliteReads_ReadInstances_AsEfCoreDoes()
    {
        foreach (var id in new[] { Full, Sparse, Guid.NewGuid() })
        {
            var expected = await _db.Instances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id);
            AssertSame(expected, Reads.FindInstance(_db, _connection, id));
        }
    }

    [Fact]
    public async Task SqliteReads_ReadBookmarks_AsEfCoreDoes()
    {
        var expected = await _db.Bookmarks.AsNoTracking().Where(b => b.InstanceId == Full).ToListAsync();
        var actual = Reads.BookmarksOf(_db, _connection, Full);
        Assert.Equal(Enum.GetValues<BookmarkKind>().Length + 1, expected.Count);
        AssertSameRows(expected, actual);
        foreach (var bookmark in expected)
        {
            AssertSame(bookmark, Reads.FindBookmark(_db, _connection, bookmark.Id));
        }

        Assert.Null(Reads.FindBookmark(_db, _connection, Guid.NewGuid()));
    }

    [Fact]
    public async Task SqliteReads_ReadMessageSubscriptions_AsEfCoreDoes()
    {
        var expected = await _db.Bookmarks.AsNoTracking()
            .Where(b => b.Kind == BookmarkKind.Message && b.MessageName == "agreementSigned" && b.CorrelationKey == "650102199001011234")
            .ToListAsync();
        var actual = Reads.Subscriptions(_db, _connection, "agreementSigned", "650102199001011234");
        Assert.Single(expected);
        AssertSameRows(expected, actual);
        Assert.Empty(Reads.Subscriptions(_db, _connection, "agreementSigned", "other"));
    }

    [Fact]
    public async Task SqliteReads_ReadTasksWithTheirCandidatesInOrder_AsEfCoreDoes()
    {
        foreach (var id in new[] { FullTask, SparseTask, Guid.NewGuid() })
        {
            var expected = await _db.Tasks.AsNoTracking().Include(t => t.Candidates).FirstOrDefaultAsync(t => t.Id == id);
            var actual = Reads.FindTask(_db, _connection, id);
            AssertSame(expected, actual);
            if (expected is not null)
            {
                AssertSameRows(expected.Candidates, actual!.Candidates);
            }
        }

        Assert.Equal(["auditors", "reviewers", "reviewer1", "reviewer2"], Reads.FindTask(_db, _connection, FullTask)!.Candidates.Select(c => c.Value));
    }

    [Fact]
    public async Task SqliteReads_ReadOpenTasksOfAnInstance_AsEfCoreDoes()
    {
        var expected = await _db.Tasks.AsNoTracking().Where(t => t.InstanceId == Full && t.Status == UserTaskStatus.Created)
            .ToListAsync();
        var actual = Reads.OpenTasksOf(_db, _connection, Full);
        Assert.Equal([FullTask], actual.Select(t => t.Id));
        AssertSameRows(expected, actual);
    }

    private SqliteReads Reads => SqliteReads.For(_db);

    private void Insert<T>(bool sparse, params (string Property, object? Value)[] given)
    {
        var table = EntityTable.For<T>(_db.Model);
        var prepared = PreparedStatements.Of(_connection);
        var sql = table.Insert(1);
        var statement = prepared.Get(sql);
        var index = 0;
        foreach (var column in table.Columns)
        {
            var value = given.Any(g => g.Property == column.Property.Name)
                ? given.First(g => g.Property == column.Property.Name).Value
                : sparse && column.Property.IsNullable ? null : SampleValue(column);
            prepared.Bind(statement, ++index, column.ToProvider(value));
        }

        Assert.Equal(1, prepared.Execute(statement, sql));
    }

    private static object? SampleValue(EntityColumn column)
    {
        var type = Nullable.GetUnderlyingType(column.Property.ClrType) ?? column.Property.ClrType;
        return type switch
        {
            _ when type == typeof(Guid) => Guid.NewGuid(),
            _ when type == typeof(string) => "审核 review ✓ " + column.Property.Name,
            _ when type == typeof(DateTimeOffset) => new DateTimeOffset(2026, 12, 6, 9, 30, 15, 123, TimeSpan.FromHours(8)),
            _ when type == typeof(bool) => true,
            _ when type.IsEnum => Enum.GetValues(type).GetValue(Enum.GetValues(type).Length - 1),
            _ when type == typeof(long) => 9_000_000_000L,
            _ when type.IsPrimitive => Convert.ChangeType(42, type, System.Globalization.CultureInfo.InvariantCulture),
            _ when type == typeof(JsonObject) => new JsonObject { ["申请人"] = "applicant1", ["amount"] = 1.5, ["list"] = new JsonArray(1, "二") },
            _ when type == typeof(List<Token>) =>
                new List<Token> { new(2, "review", null, TokenStatus.Waiting) { LoopCounter = 3, Locals = new JsonObject { ["item"] = "x" }, CalledInstanceId = Guid.NewGuid() } },
            _ => throw new InvalidOperationException($"Expected a sample value for {column.Property.DeclaringType.ClrType.Name}.{column.Property.Name} ({type.Name}): add one."),
        };
    }

    private void AssertSameRows<T>(IReadOnlyList<T> expected, IReadOnlyList<T> actual) where T : class
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            AssertSame(expected[i], actual[i]);
        }
    }

    /// <summary>Every column's stored value, as the writes would store it again: the same object to the database.</summary>
    private void AssertSame<T>(T? expected, T? actual) where T : class
    {
        if (expected is null)
        {
            Assert.Null(actual);
            return;
        }

        Assert.NotNull(actual);
        Assert.IsType<T>(actual);
        foreach (var column in EntityTable.For<T>(_db.Model).Columns)
        {
            var want = column.ToProvider(column.Getter.GetClrValueUsingContainingEntity(expected));
            var got = column.ToProvider(column.Getter.GetClrValueUsingContainingEntity(actual));
            Assert.True(Equals(want, got), $"{typeof(T).Name}.{column.Property.Name}: EF Core read {want ?? "null"}, the statement {got ?? "null"}");
        }
    }
}
