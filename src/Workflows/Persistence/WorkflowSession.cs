using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Incidents;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Execution.Messages;
using SocialInsurance.Workflows.Execution.UserTasks;

namespace SocialInsurance.Workflows.Persistence;

internal sealed class WorkflowSession(WorkflowDbContext db, IDbContextTransaction transaction) : IWorkflowSession, IStepTransaction
{
    private bool _committed;

    public Task<ProcessInstance?> FindInstanceAsync(Guid id, CancellationToken ct) =>
        db.Instances.FirstOrDefaultAsync(i => i.Id == id, ct);

    public async Task<Bookmark?> FindBookmarkAsync(Guid id, CancellationToken ct) =>
        await db.Bookmarks.FindAsync([id], ct);

    public async Task<IReadOnlyList<Bookmark>> BookmarksOfAsync(Guid instanceId, CancellationToken ct) =>
        await db.Bookmarks.Where(b => b.InstanceId == instanceId).ToListAsync(ct);

    public Task<UserTaskInstance?> FindTaskAsync(Guid id, CancellationToken ct) =>
        db.Tasks.Include(t => t.Candidates).FirstOrDefaultAsync(t => t.Id == id, ct);

    public async Task<IReadOnlyList<UserTaskInstance>> OpenTasksOfAsync(Guid instanceId, CancellationToken ct) =>
        await db.Tasks.Where(t => t.InstanceId == instanceId && t.Status == UserTaskStatus.Created).ToListAsync(ct);

    public async Task<Incident?> FindIncidentAsync(Guid id, CancellationToken ct) =>
        await db.Incidents.FindAsync([id], ct);

    public async Task<IReadOnlyList<Incident>> OpenIncidentsOfAsync(Guid instanceId, CancellationToken ct) =>
        await db.Incidents.Where(i => i.InstanceId == instanceId && i.ResolvedAt == null).ToListAsync(ct);

    public Task<BufferedMessage?> OldestBufferedMessageAsync(string name, string correlationKey, DateTimeOffset now, CancellationToken ct) =>
        db.BufferedMessages
            .Where(m => m.Name == name && m.CorrelationKey == correlationKey && m.ExpiresAt > now)
            .OrderBy(m => m.CreatedAt)
            .FirstOrDefaultAsync(ct);

    public void Add(ProcessInstance instance) => db.Add(instance);
    public void Add(Bookmark bookmark) => db.Add(bookmark);
    public void Add(UserTaskInstance task) => db.Add(task);
    public void Add(JournalEntry entry) => db.Add(entry);
    public void Add(Incident incident) => db.Add(incident);
    public void Add(BufferedMessage message) => db.Add(message);

    public void Remove(Bookmark bookmark)
    {
        var entry = db.Entry(bookmark);
        if (entry.State == EntityState.Added)
        {
            entry.State = EntityState.Detached;
            return;
        }

        db.Remove(bookmark);
    }

    public void Remove(BufferedMessage message) => db.Remove(message);

    public void Touch(ProcessInstance instance) => MarkModified(instance);
    public void Touch(UserTaskInstance task) => MarkModified(task);
    public void Touch(Bookmark bookmark) => MarkModified(bookmark);
    public void Touch(Incident incident) => MarkModified(incident);

    private void MarkModified(object entity)
    {
        var entry = db.Entry(entity);
        if (entry.State is EntityState.Unchanged or EntityState.Detached)
        {
            entry.State = EntityState.Modified;
        }
    }

    public IStepTransaction Transaction => this;

    public DbConnection Connection => db.Database.GetDbConnection();
    DbTransaction IStepTransaction.Transaction => transaction.GetDbTransaction();

    public Task SavepointAsync(string name, CancellationToken ct) => transaction.CreateSavepointAsync(name, ct);
    public Task RollbackToSavepointAsync(string name, CancellationToken ct) => transaction.RollbackToSavepointAsync(name, ct);
    public Task ReleaseSavepointAsync(string name, CancellationToken ct) => transaction.ReleaseSavepointAsync(name, ct);

    public async Task CommitAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            _committed = true;
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new ConcurrencyConflictException("Another writer changed the same instance or task first.", ex);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_committed)
        {
            await transaction.RollbackAsync();
        }

        await transaction.DisposeAsync();
        await db.DisposeAsync();
    }
}
