using SocialInsurance.Workflows.Expressions;

namespace SocialInsurance.Workflows.Hosting;

public sealed class WorkflowOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>SQLite: <c>Data Source=data/workflows.db</c>. PostgreSQL: an Npgsql connection string.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/workflows.db";

    /// <summary>
    /// SQLite <c>synchronous</c> in WAL mode. FULL (default) syncs the log at every commit: nothing committed is lost,
    /// even on power loss. NORMAL syncs only at checkpoints: survives a process crash, may lose the last commits on
    /// power loss, and is several times faster. Production at scale runs on PostgreSQL instead.
    /// </summary>
    public string SqliteSynchronous { get; set; } = "FULL";

    /// <summary>
    /// PostgreSQL: the most connections this node opens (one pool for everything the node does). Unset: the
    /// connection string's <c>Maximum Pool Size</c>, else <see cref="Persistence.StoreDataSource.DefaultMaxPoolSize"/>.
    /// </summary>
    public int? MaxPoolSize { get; set; }

    /// <summary>
    /// SQLite: steps that are ready to write while another writes share its transaction and its one fsync (group
    /// commit, <see cref="Persistence.GroupCommit"/>); each is answered after that commit, so durability is unchanged.
    /// Off: every step commits (and fsyncs) on its own. Ignored on PostgreSQL.
    /// </summary>
    public bool GroupCommit { get; set; } = true;

    /// <summary>
    /// SQLite at <c>synchronous=FULL</c> with group commit: the writer commits without syncing and the log is synced
    /// beside it, each step answered only after a sync that began after its commit (<see cref="Persistence.GroupCommit"/>),
    /// so the next group writes while the last one syncs. Durability unchanged. Off: SQLite syncs inside each commit.
    /// </summary>
    public bool SyncLogBesideWriter { get; set; } = true;

    /// <summary>Steps in one group commit at most (a steady stream still commits at least this often).</summary>
    public int GroupCommitMaxSize { get; set; } = 64;

    public JintOptions Expressions { get; set; } = new();
}
