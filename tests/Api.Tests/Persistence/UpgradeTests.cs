using SocialInsurance.Api.Cli;
using SocialInsurance.Api.Tests.Persistence.Support;
using SocialInsurance.Testing;

namespace SocialInsurance.Api.Tests.Persistence;

/// <summary>
/// A database made by an earlier release keeps every row through the migrations. One case per checked-in snapshot
/// (<c>Persistence/Snapshots/&lt;commit&gt;.&lt;provider&gt;.sql</c>) and provider: create the database from the snapshot,
/// fill every table, run the <c>migrate</c> command, find every row — and the schema must then be exactly what a fresh
/// database migrates to. A release that changes the schema checks in its own snapshot (Snapshots/README.md), so this
/// test grows with every migration.
/// </summary>
public sealed class UpgradeTests
{
    public static TheoryData<string, string> Snapshots()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.EnumerateFiles(SnapshotsFolder, "*.sql").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file); // <commit>.<provider>
            data.Add(name[..name.IndexOf('.', StringComparison.Ordinal)], name.EndsWith(".postgresql", StringComparison.Ordinal) ? "PostgreSql" : "Sqlite");
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Snapshots))]
    public async Task Migrate_DatabaseOfAnEarlierRelease_KeepsEveryRowAndEndsAsAFreshOne(string release, string provider)
    {
        Skip.If(provider == "PostgreSql" && PostgresDatabase.Server is null, $"{PostgresDatabase.Variable} is not set");

        // Given: a database with the schema of that release, every table holding rows
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.ExecuteAsync(await File.ReadAllTextAsync(Path.Combine(SnapshotsFolder, $"{release}.{provider.ToLowerInvariant()}.sql")));
        var before = await SchemaCatalog.ReadAsync(database);
        await EveryTableRows.FillAsync(database, before);
        var rowsBefore = await EveryTableRows.ReadAsync(database, before);
        Assert.All(rowsBefore, table => Assert.Equal(EveryTableRows.RowsPerTable, table.Value.Count));

        // When
        var exit = await MigrateAsync(database);
        var again = new StringWriter();
        await MigrateCommand.RunAsync(database.HostArgs(DataFolder()), again);

        // Then: every row is still there (seeding may have added its own), nothing is left to apply
        Assert.Equal(0, exit);
        var rowsAfter = await EveryTableRows.ReadAsync(database, before, before.Tables);
        foreach (var (table, rows) in rowsBefore)
        {
            Assert.All(rows, row => Assert.Contains(row, rowsAfter[table]));
        }

        Assert.Contains("up to date", again.ToString(), StringComparison.Ordinal);

        // Then: the adopted database has exactly the schema a fresh one migrates to
        await using var fresh = await TestDatabase.CreateAsync(provider);
        Assert.Equal(0, await MigrateAsync(fresh));
        AssertSameSchema(await SchemaCatalog.ReadAsync(fresh), await SchemaCatalog.ReadAsync(database), database.IsPostgres);
    }

    [Fact]
    public void Snapshots_CoverBothProviders_ForEveryRelease()
    {
        // Given / When
        var releases = Snapshots().Select(row => (string)row[0]).GroupBy(r => r);

        // Then: a release's snapshot without its other provider's would leave one provider's upgrade untested
        Assert.All(releases, release => Assert.Equal(2, release.Count()));
        Assert.Contains(releases, release => release.Key == "6aaf388");
    }

    internal static string SnapshotsFolder => Path.Combine(AppContext.BaseDirectory, "Persistence", "Snapshots");

    internal static async Task<int> MigrateAsync(TestDatabase database) =>
        await MigrateCommand.RunAsync(database.HostArgs(DataFolder()), new StringWriter());

    internal static void AssertSameSchema(SchemaCatalog expected, SchemaCatalog actual, bool postgres)
    {
        Assert.Equal(expected.Tables.Keys.Order(StringComparer.Ordinal), actual.Tables.Keys.Order(StringComparer.Ordinal));
        foreach (var (table, columns) in expected.Tables)
        {
            Assert.Equal(Describe(columns, postgres), Describe(actual.Tables[table], postgres));
        }

        Assert.Equal(expected.Indexes.Order(StringComparer.Ordinal), actual.Indexes.Order(StringComparer.Ordinal));
        Assert.Equal(
            expected.ForeignKeys.Select(k => k.ToString()).Order(StringComparer.Ordinal),
            actual.ForeignKeys.Select(k => k.ToString()).Order(StringComparer.Ordinal));
    }

    /// <summary>Columns by name with type and nullability; on SQLite the type's affinity (the raw-SQL table said VARCHAR(64), EF says TEXT: the same column).</summary>
    private static IEnumerable<string> Describe(IEnumerable<CatalogColumn> columns, bool postgres) =>
        columns.Select(c => $"{c.Name} {(postgres ? c.Type : Affinity(c.Type))} {(c.Nullable ? "NULL" : "NOT NULL")}").Order(StringComparer.Ordinal);

    private static string Affinity(string type)
    {
        var t = type.ToUpperInvariant();
        return t.Contains("INT", StringComparison.Ordinal) ? "INTEGER"
            : t.Contains("CHAR", StringComparison.Ordinal) || t.Contains("TEXT", StringComparison.Ordinal) || t.Contains("CLOB", StringComparison.Ordinal) ? "TEXT"
            : t;
    }

    private static string DataFolder() => Path.Combine(Path.GetTempPath(), "si-api-tests", Guid.NewGuid().ToString("N"));
}
