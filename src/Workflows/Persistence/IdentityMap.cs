using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Compensation;
using SocialInsurance.Workflows.Execution.Incidents;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Execution.Messages;
using SocialInsurance.Workflows.Execution.UserTasks;

namespace SocialInsurance.Workflows.Persistence;

/// <summary>
/// One object per row within a session. The step mutates what it loaded and declares the change; if a second read of
/// the same row produced a second object, one of the two changes would silently overwrite the other (a task completed
/// through one copy and cancelled through another).
/// </summary>
internal sealed class IdentityMap
{
    private readonly Dictionary<(Type, Guid), object> _rows = [];

    public T Register<T>(T entity, Guid id) where T : class
    {
        _rows[(typeof(T), id)] = entity;
        return entity;
    }

    /// <summary>The object already known for this row, or <paramref name="entity"/> (now known).</summary>
    public T Resolve<T>(T entity) where T : class
    {
        var key = (typeof(T), IdOf(entity));
        if (_rows.TryGetValue(key, out var known))
        {
            return (T)known;
        }

        _rows[key] = entity;
        return entity;
    }

    public void Clear() => _rows.Clear();

    private static Guid IdOf(object entity) => entity switch
    {
        ProcessInstance i => i.Id,
        Bookmark b => b.Id,
        UserTaskInstance t => t.Id,
        Incident i => i.Id,
        BufferedMessage m => m.Id,
        CompensationRecord r => r.Id,
        _ => throw new InvalidOperationException($"Expected an engine entity with a Guid key, but got {entity.GetType().Name}."),
    };
}
