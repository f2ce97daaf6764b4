using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace SocialInsurance.TaxBureau.Simulation;

/// <summary>
/// SQL tables rather than a JSON file: each signing or batch commits only its own rows (a JSON file would be rewritten
/// whole, which gets slow with a bench's million results), a commit is durable on return (SQLite: WAL,
/// synchronous=FULL), and the data can be inspected with any SQL tool. One row per person in the agreements table
/// because only one agreement may be valid; one row per person and period in the deductions table holding the latest
/// attempt. Writes run in <see cref="BeginWriteAsync"/>'s transaction: in one process <see cref="TaxBureauSimulator"/>'s lock
/// orders them, and on PostgreSQL a transaction-scoped advisory lock orders them across nodes too (a batch on one node
/// and a signing on another never interleave, and a period is never charged twice). The SQL is the subset both
/// databases speak: text columns, <c>ON CONFLICT … DO UPDATE</c>, ids passed as one JSON array.
/// </summary>
internal sealed class SimulatorStore : IDisposable
{
    // Any constant shared by the nodes; it only has to differ from other advisory locks taken on the same database.
    private const long WriteLockKey = 0x7458_5349_4D00_0001;

    // Per connection: a signed agreement reported back to a caller must survive a power cut.
    private const string SqlitePragmas = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;";

    private readonly SimulatorDatabase _database;

    public SimulatorStore(SimulatorDatabase database)
    {
        _database = database;
        using var connection = Open();
        var columns = $"""
            CREATE TABLE IF NOT EXISTS {database.Agreements} (
                id_number TEXT PRIMARY KEY,
                person_name TEXT NOT NULL,
                bank_code TEXT NOT NULL,
                account_number TEXT NOT NULL,
                account_name TEXT NOT NULL,
                state TEXT NOT NULL,
                signed_at TEXT NOT NULL,
                revoked_at TEXT NULL);
            CREATE TABLE IF NOT EXISTS {database.Deductions} (
                id_number TEXT NOT NULL,
                period TEXT NOT NULL,
                result_id TEXT NOT NULL,
                outcome TEXT NOT NULL,
                amount TEXT NOT NULL,
                deducted_at TEXT NOT NULL,
                PRIMARY KEY (id_number, period));
            """;
        if (database.IsPostgreSql)
        {
            // Under the write lock: two nodes starting at once would otherwise race in CREATE TABLE IF NOT EXISTS,
            // which PostgreSQL does not make atomic (the loser fails on the catalog's unique index).
            using var transaction = connection.BeginTransaction(IsolationLevel.ReadCommitted);
            Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({WriteLockKey})");
            Execute(connection, transaction, columns);
            transaction.Commit();
        }
        else
        {
            Execute(connection, null, "PRAGMA journal_mode = WAL;" + columns);
        }
    }

    /// <summary>
    /// Asynchronously: on PostgreSQL the connection comes from the node's shared pool, and the simulator is asked from
    /// request handlers and engine steps. A thread blocked waiting for a pooled connection (up to the pool's timeout)
    /// is a thread the pool's own waiters cannot resume on; enough of them starved the thread pool and a node
    /// completed about one submission a second (bench/README.md).
    /// </summary>
    public async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var connection = _database.Connect();
        try
        {
            await connection.OpenAsync(ct);
            if (!_database.IsPostgreSql)
            {
                await ExecuteAsync(connection, null, SqlitePragmas, ct);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A transaction that holds the simulator's write lock (on PostgreSQL; SQLite has one writer anyway) until it ends.
    /// The wait for the lock is awaited too: another node's batch may hold it for as long as the batch runs.
    /// </summary>
    public async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct)
    {
        var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct);
        try
        {
            if (_database.IsPostgreSql)
            {
                await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({WriteLockKey})", ct);
            }

            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }

    public async Task<Dictionary<string, StoredAgreement>> FindAgreementsAsync(
        DbConnection connection, DbTransaction? transaction, IEnumerable<string> idNumbers, CancellationToken ct)
    {
        await using var command = Command(connection, transaction, $"""
            SELECT id_number, person_name, bank_code, account_number, account_name, state, signed_at, revoked_at
            FROM {_database.Agreements} WHERE id_number IN ({IdList()})
            """);
        Add(command, "ids", JsonSerializer.Serialize(idNumbers));
        var found = new Dictionary<string, StoredAgreement>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var agreement = new StoredAgreement(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                Enum.Parse<AgreementState>(reader.GetString(5)),
                ParseTime(reader.GetString(6)),
                reader.IsDBNull(7) ? null : ParseTime(reader.GetString(7)));
            found[agreement.IdNumber] = agreement;
        }

        return found;
    }

    public async Task SaveAgreementAsync(DbConnection connection, DbTransaction? transaction, StoredAgreement agreement, CancellationToken ct)
    {
        await using var command = Command(connection, transaction, $"""
            INSERT INTO {_database.Agreements} (id_number, person_name, bank_code, account_number, account_name, state, signed_at, revoked_at)
            VALUES (@id, @name, @bank, @account, @holder, @state, @signed, @revoked)
            ON CONFLICT (id_number) DO UPDATE SET
                person_name = excluded.person_name, bank_code = excluded.bank_code,
                account_number = excluded.account_number, account_name = excluded.account_name,
                state = excluded.state, signed_at = excluded.signed_at, revoked_at = excluded.revoked_at
            """);
        Add(command, "id", agreement.IdNumber);
        Add(command, "name", agreement.PersonName);
        Add(command, "bank", agreement.BankCode);
        Add(command, "account", agreement.AccountNumber);
        Add(command, "holder", agreement.AccountName);
        Add(command, "state", agreement.State.ToString());
        Add(command, "signed", FormatTime(agreement.SignedAt));
        Add(command, "revoked", agreement.RevokedAt is { } revoked ? FormatTime(revoked) : null);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<Dictionary<string, DeductionResult>> FindDeductionsAsync(
        DbConnection connection, DbTransaction? transaction, string period, IEnumerable<string> idNumbers, CancellationToken ct)
    {
        await using var command = Command(connection, transaction, $"""
            SELECT id_number, period, outcome, amount, deducted_at, result_id
            FROM {_database.Deductions} WHERE period = @period AND id_number IN ({IdList()})
            """);
        Add(command, "period", period);
        Add(command, "ids", JsonSerializer.Serialize(idNumbers));
        var found = new Dictionary<string, DeductionResult>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var result = new DeductionResult(
                reader.GetString(0),
                reader.GetString(1),
                Enum.Parse<DeductionOutcome>(reader.GetString(2)),
                decimal.Parse(reader.GetString(3), CultureInfo.InvariantCulture),
                ParseTime(reader.GetString(4)),
                reader.GetString(5));
            found[result.IdNumber] = result;
        }

        return found;
    }

    public async Task SaveDeductionAsync(DbConnection connection, DbTransaction transaction, DeductionResult result, CancellationToken ct)
    {
        await using var command = Command(connection, transaction, $"""
            INSERT INTO {_database.Deductions} (id_number, period, result_id, outcome, amount, deducted_at)
            VALUES (@id, @period, @result, @outcome, @amount, @at)
            ON CONFLICT (id_number, period) DO UPDATE SET
                result_id = excluded.result_id, outcome = excluded.outcome,
                amount = excluded.amount, deducted_at = excluded.deducted_at
            """);
        Add(command, "id", result.IdNumber);
        Add(command, "period", result.Period);
        Add(command, "result", result.ResultId);
        Add(command, "outcome", result.Outcome.ToString());
        // Text keeps the decimal exact; SQLite's REAL would turn 736.20 into a binary fraction.
        Add(command, "amount", result.Amount.ToString(CultureInfo.InvariantCulture));
        Add(command, "at", FormatTime(result.DeductedAt ?? DateTimeOffset.MinValue));
        await command.ExecuteNonQueryAsync(ct);
    }

    public void Dispose()
    {
        // Pooled connections keep the file open; release them so a restart (or a test's clean-up) gets the file.
        if (_database.SqliteConnectionString is { } sqlite)
        {
            using var connection = new SqliteConnection(sqlite);
            SqliteConnection.ClearPool(connection);
        }
    }

    /// <summary>At start-up only (the schema); signings, batches and queries open with <see cref="OpenAsync"/>.</summary>
    private DbConnection Open()
    {
        var connection = _database.Connect();
        connection.Open();
        if (!_database.IsPostgreSql)
        {
            Execute(connection, null, SqlitePragmas);
        }

        return connection;
    }

    private string IdList() => _database.IsPostgreSql
        ? "SELECT jsonb_array_elements_text(CAST(@ids AS jsonb))"
        : "SELECT value FROM json_each(@ids)";

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Add(DbCommand command, string name, string? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.DbType = DbType.String;
        parameter.Value = (object?)value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    private static void Execute(DbConnection connection, DbTransaction? transaction, string sql)
    {
        using var command = Command(connection, transaction, sql);
        command.ExecuteNonQuery();
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken ct)
    {
        await using var command = Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static string FormatTime(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
