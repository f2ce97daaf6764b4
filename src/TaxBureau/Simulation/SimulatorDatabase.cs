using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace SocialInsurance.TaxBureau.Simulation;

/// <summary>
/// Where the simulator keeps agreements and deduction results: its own SQLite file (one node), or tables in a
/// PostgreSQL database shared by every node of a deployment, so an agreement signed through one node is what polling
/// on any other node sees. The host opens the PostgreSQL connections (this project stays free of a driver for it).
/// </summary>
public sealed class SimulatorDatabase
{
    private SimulatorDatabase(Func<DbConnection> connect, bool postgreSql, string agreements, string deductions, string? sqliteConnectionString)
    {
        Connect = connect;
        IsPostgreSql = postgreSql;
        Agreements = agreements;
        Deductions = deductions;
        SqliteConnectionString = sqliteConnectionString;
    }

    internal Func<DbConnection> Connect { get; }

    internal bool IsPostgreSql { get; }

    internal string Agreements { get; }

    internal string Deductions { get; }

    internal string? SqliteConnectionString { get; }

    public static SimulatorDatabase Sqlite(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
        return new SimulatorDatabase(() => new SqliteConnection(connectionString), postgreSql: false, "agreements", "deductions", connectionString);
    }

    /// <summary>Tables <c>taxsim_agreements</c> and <c>taxsim_deductions</c>, prefixed because the database is the service's own.</summary>
    public static SimulatorDatabase PostgreSql(Func<DbConnection> connect) =>
        new(connect, postgreSql: true, "taxsim_agreements", "taxsim_deductions", null);
}
