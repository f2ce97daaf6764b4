using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace SocialInsurance.TaxBureau.Simulation;

/// <summary>
/// SQLite rather than a JSON file: each signing or batch commits only its own rows (a JSON file would be rewritten
/// whole, which gets slow with a bench's million results), a commit is durable on return (WAL, synchronous=FULL),
/// and the file can be inspected with any SQLite tool. One row per person in <c>agreements</c> because only one
/// agreement may be valid; one row per person and period in <c>deductions</c> holding the latest attempt.
/// Writes are serialised by <see cref="TaxBureauSimulator"/>; reads run concurrently.
/// </summary>
internal sealed class SimulatorStore : IDisposable
{
    private readonly string _connectionString;

    public SimulatorStore(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
        using var connection = Open();
        Execute(connection, null, """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS agreements (
                id_number TEXT PRIMARY KEY,
                person_name TEXT NOT NULL,
                bank_code TEXT NOT NULL,
                account_number TEXT NOT NULL,
                account_name TEXT NOT NULL,
                state TEXT NOT NULL,
                signed_at TEXT NOT NULL,
                revoked_at TEXT NULL);
            CREATE TABLE IF NOT EXISTS deductions (
                id_number TEXT NOT NULL,
                period TEXT NOT NULL,
                result_id TEXT NOT NULL,
                outcome TEXT NOT NULL,
                amount TEXT NOT NULL,
                deducted_at TEXT NOT NULL,
                PRIMARY KEY (id_number, period));
            """);
    }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        // Per connection: a signed agreement reported back to a caller must survive a power cut.
        Execute(connection, null, "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;");
        return connection;
    }

    public Dictionary<string, StoredAgreement> FindAgreements(SqliteConnection connection, SqliteTransaction? transaction, IEnumerable<string> idNumbers)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT id_number, person_name, bank_code, account_number, account_name, state, signed_at, revoked_at
            FROM agreements WHERE id_number IN (SELECT value FROM json_each($ids))
            """;
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(idNumbers));
        var found = new Dictionary<string, StoredAgreement>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
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

    public void SaveAgreement(SqliteConnection connection, SqliteTransaction? transaction, StoredAgreement agreement)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO agreements (id_number, person_name, bank_code, account_number, account_name, state, signed_at, revoked_at)
            VALUES ($id, $name, $bank, $account, $holder, $state, $signed, $revoked)
            ON CONFLICT (id_number) DO UPDATE SET
                person_name = excluded.person_name, bank_code = excluded.bank_code,
                account_number = excluded.account_number, account_name = excluded.account_name,
                state = excluded.state, signed_at = excluded.signed_at, revoked_at = excluded.revoked_at
            """;
        command.Parameters.AddWithValue("$id", agreement.IdNumber);
        command.Parameters.AddWithValue("$name", agreement.PersonName);
        command.Parameters.AddWithValue("$bank", agreement.BankCode);
        command.Parameters.AddWithValue("$account", agreement.AccountNumber);
        command.Parameters.AddWithValue("$holder", agreement.AccountName);
        command.Parameters.AddWithValue("$state", agreement.State.ToString());
        command.Parameters.AddWithValue("$signed", FormatTime(agreement.SignedAt));
        command.Parameters.AddWithValue("$revoked", agreement.RevokedAt is { } revoked ? FormatTime(revoked) : DBNull.Value);
        command.ExecuteNonQuery();
    }

    public Dictionary<string, DeductionResult> FindDeductions(SqliteConnection connection, SqliteTransaction? transaction, string period, IEnumerable<string> idNumbers)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT id_number, period, outcome, amount, deducted_at, result_id
            FROM deductions WHERE period = $period AND id_number IN (SELECT value FROM json_each($ids))
            """;
        command.Parameters.AddWithValue("$period", period);
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(idNumbers));
        var found = new Dictionary<string, DeductionResult>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
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

    public void SaveDeduction(SqliteConnection connection, SqliteTransaction transaction, DeductionResult result)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO deductions (id_number, period, result_id, outcome, amount, deducted_at)
            VALUES ($id, $period, $result, $outcome, $amount, $at)
            ON CONFLICT (id_number, period) DO UPDATE SET
                result_id = excluded.result_id, outcome = excluded.outcome,
                amount = excluded.amount, deducted_at = excluded.deducted_at
            """;
        command.Parameters.AddWithValue("$id", result.IdNumber);
        command.Parameters.AddWithValue("$period", result.Period);
        command.Parameters.AddWithValue("$result", result.ResultId);
        command.Parameters.AddWithValue("$outcome", result.Outcome.ToString());
        // Text keeps the decimal exact; SQLite's REAL would turn 736.20 into a binary fraction.
        command.Parameters.AddWithValue("$amount", result.Amount.ToString(CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$at", FormatTime(result.DeductedAt ?? DateTimeOffset.MinValue));
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        // Pooled connections keep the file open; release them so a restart (or a test's clean-up) gets the file.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string FormatTime(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
