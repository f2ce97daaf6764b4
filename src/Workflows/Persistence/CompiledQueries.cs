using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Execution.UserTasks;

namespace SocialInsurance.Workflows.Persistence;

/// <summary>
/// The reads every step makes, compiled once per model: EF Core otherwise walks and hashes each query's expression
/// tree on every execution to find it in its cache. A compiled query refuses a second model, and SQLite and
/// PostgreSQL each have their own, hence one set per model. No tracking: the session keeps its own identity map.
/// </summary>
internal sealed class CompiledQueries
{
    private static readonly ConcurrentDictionary<IModel, CompiledQueries> PerModel = new();

    public static CompiledQueries For(IModel model) => PerModel.GetOrAdd(model, static _ => new CompiledQueries());

    public Func<WorkflowDbContext, Guid, Task<ProcessInstance?>> Instance { get; } =
        EF.CompileAsyncQuery((WorkflowDbContext db, Guid id) => db.Instances.AsNoTracking().FirstOrDefault(i => i.Id == id));

    public Func<WorkflowDbContext, Guid, Task<Bookmark?>> Bookmark { get; } =
        EF.CompileAsyncQuery((WorkflowDbContext db, Guid id) => db.Bookmarks.AsNoTracking().FirstOrDefault(b => b.Id == id));

    public Func<WorkflowDbContext, Guid, IAsyncEnumerable<Bookmark>> BookmarksOf { get; } =
        EF.CompileAsyncQuery((WorkflowDbContext db, Guid instanceId) => db.Bookmarks.AsNoTracking().Where(b => b.InstanceId == instanceId));

    public Func<WorkflowDbContext, string, string, IAsyncEnumerable<Bookmark>> Subscriptions { get; } =
        EF.CompileAsyncQuery((WorkflowDbContext db, string name, string key) =>
            db.Bookmarks.AsNoTracking().Where(b => b.Kind == BookmarkKind.Message && b.MessageName == name && b.CorrelationKey == key));

    public Func<WorkflowDbContext, Guid, Task<UserTaskInstance?>> Task { get; } =
        EF.CompileAsyncQuery((WorkflowDbContext db, Guid id) => db.Tasks.AsNoTracking().Include(t => t.Candidates).FirstOrDefault(t => t.Id == id));

    public Func<WorkflowDbContext, Guid, IAsyncEnumerable<UserTaskInstance>> OpenTasksOf { get; } =
        EF.CompileAsyncQuery((WorkflowDbContext db, Guid instanceId) =>
            db.Tasks.AsNoTracking().Where(t => t.InstanceId == instanceId && t.Status == UserTaskStatus.Created));
}
