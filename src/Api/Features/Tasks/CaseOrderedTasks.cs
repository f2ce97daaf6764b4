using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Workflows.Execution.UserTasks;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Tasks;

/// <summary>
/// Inbox pages ordered by the case behind each task, whose case number and applicant live in the case store, not
/// the engine. The engine lists the keys of the tasks the filter matches (on its own indexes), the case store gives
/// each key its sequence or name (unique-index lookups in batches), the order is made here, and only the page's tasks
/// are then loaded. Names are compared as Chinese readers look them up (pinyin: 陈, 李, 王, 张), which neither SQLite
/// nor PostgreSQL's default collation does. The cost grows with the tasks the filter matches, not with the cases.
/// </summary>
public sealed class CaseOrderedTasks(IWorkflowQueries queries, CasesDbContextFactory cases)
{
    /// <summary>Ids per lookup: well under every provider's parameter limit.</summary>
    private const int Batch = 500;

    private static readonly StringComparer Names = StringComparer.Create(CultureInfo.GetCultureInfo("zh-CN"), CompareOptions.None);

    public async Task<Page<UserTaskInstance>> PageAsync(TaskQuery query, CaseSort sort, CancellationToken ct)
    {
        var keys = await queries.TaskKeysAsync(query, ct);
        var ids = keys.Select(k => ApplicationIdOf(k.BusinessKey)).OfType<Guid>().Distinct().ToList();
        var ordered = sort == CaseSort.CaseNumber
            ? Ordered(keys, await SequencesAsync(ids, ct), Comparer<long>.Default, query.Descending)
            : Ordered(keys, await NamesAsync(ids, ct), Names, query.Descending);

        var pageSize = Math.Clamp(query.PageSize, 1, 100);
        var page = Math.Max(1, query.Page);
        var pageIds = ordered.Skip((page - 1) * pageSize).Take(pageSize).Select(k => k.Id).ToList();
        if (pageIds.Count == 0)
        {
            return new Page<UserTaskInstance>([], keys.Count, page, pageSize);
        }

        var loaded = (await queries.TasksAsync(query with { TaskIds = pageIds, Page = 1, PageSize = pageIds.Count }, ct)).Items.ToDictionary(t => t.Id);
        return new Page<UserTaskInstance>([.. pageIds.Where(loaded.ContainsKey).Select(id => loaded[id])], keys.Count, page, pageSize);
    }

    /// <summary>Tasks without a case (other processes) go last either way; tasks of one value keep their creation order.</summary>
    private static IEnumerable<TaskKey> Ordered<T>(IReadOnlyList<TaskKey> keys, Dictionary<Guid, T> values, IComparer<T> comparer, bool descending)
    {
        var known = keys.Where(k => ApplicationIdOf(k.BusinessKey) is { } id && values.ContainsKey(id)).ToList();
        var sorted = descending
            ? known.OrderByDescending(k => values[ApplicationIdOf(k.BusinessKey)!.Value], comparer)
            : known.OrderBy(k => values[ApplicationIdOf(k.BusinessKey)!.Value], comparer);
        var knownIds = known.Select(k => k.Id).ToHashSet();
        return sorted.Concat(keys.Where(k => !knownIds.Contains(k.Id)));
    }

    private async Task<Dictionary<Guid, long>> SequencesAsync(List<Guid> ids, CancellationToken ct)
    {
        await using var db = cases.Create();
        var values = new Dictionary<Guid, long>();
        foreach (var batch in ids.Chunk(Batch))
        {
            var rows = await db.ApplicationRecords.AsNoTracking().Where(r => batch.Contains(r.ApplicationId))
                .Select(r => new { r.ApplicationId, r.Sequence }).ToListAsync(ct);
            rows.ForEach(r => values[r.ApplicationId] = r.Sequence);
        }

        return values;
    }

    private async Task<Dictionary<Guid, string>> NamesAsync(List<Guid> ids, CancellationToken ct)
    {
        await using var db = cases.Create();
        var values = new Dictionary<Guid, string>();
        foreach (var batch in ids.Chunk(Batch))
        {
            var rows = await db.Applications.AsNoTracking().Where(a => batch.Contains(a.Id))
                .Select(a => new { a.Id, a.ApplicantName }).ToListAsync(ct);
            rows.ForEach(r => values[r.Id] = r.ApplicantName);
        }

        return values;
    }

    private static Guid? ApplicationIdOf(string? businessKey) => Guid.TryParse(businessKey, out var id) ? id : null;
}
