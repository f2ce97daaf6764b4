namespace SocialInsurance.TaxBureau.Simulation;

/// <summary>
/// A stand-in for the tax bureau and its banks in the default set-up and in tests: the applicant signs or revokes a
/// 税银协议 (DOMAIN-SOURCES §6), the bureau runs a deduction batch for a period, and the wire endpoints
/// (<see cref="TaxBureauSimulatorEndpoints"/>) answer the same queries a real bureau would. State lives in a SQLite
/// file, or in the shared PostgreSQL database when the host runs on one (<see cref="SimulatorDatabase"/>), so a
/// restart keeps signed agreements and results and every node sees the same bureau. Writes take one lock (in the
/// process, and in the database on PostgreSQL): a batch and a signing for the same person never interleave. Every
/// operation is asynchronous because its caller is a request handler or an engine step on a thread-pool thread, and
/// on PostgreSQL the wait for a pooled connection or for another node's write lock can last seconds. A cancelled
/// token before the commit leaves nothing written.
/// </summary>
public sealed partial class TaxBureauSimulator : IDisposable
{
    private readonly SimulatorStore _store;
    private readonly TimeProvider _time;
    private readonly HashSet<string> _failingIdNumbers;
    private readonly HashSet<string> _failingAccounts;
    private readonly double _failureRate;
    private readonly Random _random;
    // A semaphore rather than a lock: the holder awaits the database, and a Monitor cannot be held across an await.
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private volatile SimulatedOutage _outage;

    /// <param name="database">Null: the SQLite file <see cref="TaxBureauSimulatorOptions.FileName"/> in its <see cref="TaxBureauSimulatorOptions.DataFolder"/>.</param>
    public TaxBureauSimulator(TaxBureauSimulatorOptions options, TimeProvider time, SimulatorDatabase? database = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.FailureRate is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.FailureRate, "FailureRate must lie between 0 and 1.");
        }

        _store = new SimulatorStore(database ?? SimulatorDatabase.Sqlite(Path.Combine(options.DataFolder, options.FileName)));
        _time = time;
        _failingIdNumbers = new HashSet<string>(options.FailingIdNumbers.Select(NormaliseId), StringComparer.Ordinal);
        _failingAccounts = new HashSet<string>(options.FailingAccountNumbers.Select(DigitsOnly), StringComparer.Ordinal);
        _failureRate = options.FailureRate;
        // A seeded generator only under the write lock; without a seed the shared one is thread-safe anyway.
        _random = options.RandomSeed is { } seed ? new Random(seed) : Random.Shared;
        _outage = options.Outage == OutageMode.None ? SimulatedOutage.None : new SimulatedOutage(options.Outage, options.OutageDelay);
    }

    /// <summary>What the wire endpoints do now; see <see cref="SimulatedOutage"/>.</summary>
    public SimulatedOutage Outage => _outage;

    public void SetOutage(SimulatedOutage outage) => _outage = outage ?? SimulatedOutage.None;

    public void Dispose()
    {
        _store.Dispose();
        _writeLock.Dispose();
    }

    /// <summary>
    /// Not cancellable: once every row is written, a commit cut short would leave the caller unsure whether it happened
    /// (a signing reported as failed that the bureau holds). Cancelled before this point, nothing is written.
    /// </summary>
    private static Task CommitAsync(System.Data.Common.DbTransaction transaction) => transaction.CommitAsync(CancellationToken.None);

    private static string NormaliseId(string? idNumber) => (idNumber ?? string.Empty).Trim().ToUpperInvariant();

    private static string DigitsOnly(string? number) => (number ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal);
}
