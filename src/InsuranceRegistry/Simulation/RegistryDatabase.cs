using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace SocialInsurance.InsuranceRegistry.Simulation;

/// <summary>
/// Where the simulated registry keeps its people: its own SQLite file (one node), or a table in the PostgreSQL
/// database every node of a deployment shares, so what an administrator seeds through one node is what the validation
/// step on any node reads. The host opens the PostgreSQL connections (this project needs no driver for it).
/// </summary>
public sealed class RegistryDatabase
{
    private RegistryDatabase(Func<DbConnection> connect, bool postgreSql, string persons, string? sqliteConnectionString)
    {
        Connect = connect;
        IsPostgreSql = postgreSql;
        Persons = persons;
        SqliteConnectionString = sqliteConnectionString;
    }

    internal Func<DbConnection> Connect { get; }

    internal bool IsPostgreSql { get; }

    internal string Persons { get; }

    internal string? SqliteConnectionString { get; }

    public static RegistryDatabase Sqlite(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
        return new RegistryDatabase(() => new SqliteConnection(connectionString), postgreSql: false, "persons", connectionString);
    }

    /// <summary>Table <c>regsim_persons</c>, prefixed because the database is the service's own.</summary>
    public static RegistryDatabase PostgreSql(Func<DbConnection> connect) => new(connect, postgreSql: true, "regsim_persons", null);
}
