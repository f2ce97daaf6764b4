using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Workflows.Execution;

namespace SocialInsurance.Api.Infrastructure.Persistence;

/// <summary>
/// Every save that changes an application (its columns or its JSON parts) bumps its <c>Version</c>. A step that read
/// the application before taking the writer (<see cref="Cases.StepCaseContext"/>) compares the version it read with
/// the one in the database under the lock, and runs again on the newer one when they differ; nothing else checks it,
/// so no other path's behaviour changes.
/// </summary>
public sealed partial class CaseServiceDbContext
{
    /// <summary>The shadow property (and column) of <see cref="Application"/>'s version.</summary>
    public const string ApplicationVersion = "Version";

    /// <summary>While true, saves write nothing: a step holds them back until its transaction begins (<see cref="Cases.StepCaseContext"/>).</summary>
    internal bool HoldsWrites { get; set; }

    /// <summary>Set only for the duration of <see cref="SaveCheckingVersionsAsync"/>.</summary>
    private bool _checkVersionsAtSave;

    /// <summary>
    /// Saves as <see cref="SaveChangesAsync(bool, CancellationToken)"/> does, after comparing the version of every
    /// application it is about to write with the database's (<see cref="ConcurrencyConflictException"/> when another
    /// writer changed one since it was read). The check uses the save's own set of changed applications, so the
    /// writer's turn walks the change tracker for them once.
    /// </summary>
    internal async Task SaveCheckingVersionsAsync(CancellationToken ct)
    {
        _checkVersionsAtSave = true;
        try
        {
            await SaveChangesAsync(ct);
        }
        finally
        {
            _checkVersionsAtSave = false;
        }
    }

    private async Task EnsureUnchangedSinceReadAsync(HashSet<EntityEntry<Application>> changed, CancellationToken ct)
    {
        foreach (var entry in changed)
        {
            var read = (long)entry.Property(ApplicationVersion).OriginalValue!;
            var id = entry.Entity.Id;
            var now = await VersionUnderLockAsync(id, ct);
            if (now != read)
            {
                throw new ConcurrencyConflictException(
                    $"Expected application {id} at version {read}, as the step read it, but another writer changed it (now {now?.ToString() ?? "gone"}).");
            }
        }
    }

    /// <summary>
    /// The application's version as the writer sees it. On SQLite the step holds the database's one write lock, so no
    /// other writer can change it before the save. On PostgreSQL another transaction may have updated the row without
    /// committing yet; <c>FOR UPDATE</c> waits for it and reads what it committed, and keeps the row locked until this
    /// step commits, so the check and the save cannot be split by another writer.
    /// </summary>
    private async Task<long?> VersionUnderLockAsync(Guid id, CancellationToken ct)
    {
        if (Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true)
        {
            var locked = await Database
                .SqlQuery<long>($"SELECT \"Version\" AS \"Value\" FROM case_applications WHERE \"Id\" = {id} FOR UPDATE")
                .ToListAsync(ct);
            return locked.Count == 0 ? null : locked[0];
        }

        if (Database.GetDbConnection() is SqliteConnection sqlite)
        {
            var read = KeptVersionReads.GetValue(sqlite, NewVersionRead);
            read.Transaction = (SqliteTransaction?)Database.CurrentTransaction?.GetDbTransaction();
            read.Parameters[0].Value = id;
            return await read.ExecuteScalarAsync(ct) is long version ? version : null;
        }

        return await Applications.AsNoTracking().Where(a => a.Id == id).Select(a => EF.Property<long?>(a, ApplicationVersion)).SingleOrDefaultAsync(ct);
    }

    /// <summary>
    /// On SQLite the check runs inside the writer's turn, where every other step waits: its statement is prepared once
    /// per connection and kept (the step writes on the group writer's one long-lived connection) rather than made from a
    /// LINQ query and parsed again at every submission. A <see cref="SqliteCommand"/> keeps its prepared statement across
    /// executions until its connection closes, and prepares it again if the connection is opened again.
    /// </summary>
    private static readonly ConditionalWeakTable<SqliteConnection, SqliteCommand> KeptVersionReads = new();

    private static SqliteCommand NewVersionRead(SqliteConnection connection)
    {
        var read = connection.CreateCommand();
        read.CommandText = "SELECT \"Version\" FROM case_applications WHERE \"Id\" = $id";
        // Bound as EF Core binds a key: a Guid as upper-case text.
        read.Parameters.Add(new SqliteParameter("$id", SqliteType.Text));
        return read;
    }

    private static void Stamp(HashSet<EntityEntry<Application>> changed)
    {
        foreach (var entry in changed)
        {
            var version = entry.Property(ApplicationVersion);
            version.CurrentValue = (long)version.OriginalValue! + 1;
        }
    }

    /// <summary>
    /// Applications read from the database whose row this save rewrites: modified, or with a JSON part added, changed or
    /// removed. The caller has detected the context's changes (the save does, once, before its domain events).
    /// </summary>
    private HashSet<EntityEntry<Application>> ChangedApplications()
    {
        var changed = new HashSet<EntityEntry<Application>>();
        foreach (var entry in ChangeTracker.Entries<Application>())
        {
            if (entry.State == EntityState.Modified)
            {
                changed.Add(entry);
            }
        }

        foreach (var part in ChangeTracker.Entries())
        {
            if (part.State is EntityState.Unchanged or EntityState.Detached
                || part.Metadata.FindOwnership() is not { } ownership
                || ownership.PrincipalEntityType.ClrType != typeof(Application))
            {
                continue;
            }

            var ownerId = part.Property(ownership.Properties[0].Name).CurrentValue;
            if (ownerId is Guid id && Applications.Local.FindEntry(id) is { State: EntityState.Unchanged or EntityState.Modified } owner)
            {
                changed.Add(owner);
            }
        }

        return changed;
    }
}
