using System.Security.Claims;
using Mediator;
using SocialInsurance.Api.Features.Search;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Deployment;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.UserTasks;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Tasks;

/// <summary>
/// The reviewer's inbox (scopes: <see cref="InboxFilter"/>). <c>regionCode</c> keeps tasks offered to
/// <c>reviewers-{regionCode}</c>; <c>dueAfter</c> (inclusive) and <c>dueBefore</c> (exclusive) keep tasks whose due date
/// lies in that window, and leave out tasks without one. Sorted on the server by any column (default: due date, none
/// last), then creation: the engine's columns in SQL, the case number and applicant by <see cref="CaseOrderedTasks"/>.
/// The done list carries each task's outcome.
/// </summary>
public static class ListTasks
{
    public sealed record TaskPage(IReadOnlyList<TaskSummary> Items, int Total, int Page, int PageSize);

    public sealed record Query(Actor Actor, InboxFilter Filter) : IQuery<TaskPage>;

    /// <summary>Region groups are named reviewers-{region code}, nested codes for nested regions.</summary>
    private const string RegionGroupPrefix = "reviewers-";

    public sealed class Handler(IWorkflowQueries queries, CaseOrderedTasks caseOrder, CaseLabels labels, CaseSearch search, TaskOutcomes outcomes, ModelCache models, TimeProvider time) : IQueryHandler<Query, TaskPage>
    {
        public async ValueTask<TaskPage> Handle(Query query, CancellationToken cancellationToken)
        {
            var (actor, f) = (query.Actor, query.Filter);
            var (pageNumber, pageSize) = (f.Page ?? 1, f.PageSize ?? 20);
            var now = time.GetUtcNow();
            var regionGroup = f.RegionCode is { } region ? RegionGroupPrefix + region : null;
            IReadOnlyCollection<string> inRegion = regionGroup is null ? [] : [regionGroup];
            var filter = (f.Scope ?? "available") switch
            {
                "mine" => new TaskQuery { Assignee = actor.Id, CandidateGroups = inRegion, FollowUpDueBy = now },
                "followUp" => new TaskQuery { Assignee = actor.Id, CandidateGroups = inRegion, FollowUpAfter = now },
                "done" => new TaskQuery { CompletedBy = actor.Id, Status = UserTaskStatus.Completed, CandidateGroups = inRegion },
                "overdue" => new TaskQuery
                {
                    DueBefore = f.DueBefore is { } before && before < now ? before : now,
                    CandidateGroups = actor.IsSupervisor() ? inRegion : regionGroup is null ? actor.Groups : [.. actor.Groups.Where(g => g == regionGroup)],
                    CandidateUser = actor.IsSupervisor() || regionGroup is not null ? null : actor.Id,
                },
                _ => new TaskQuery
                {
                    Unassigned = true,
                    CandidateGroups = regionGroup is null ? actor.Groups : [.. actor.Groups.Where(g => g == regionGroup)],
                    CandidateUser = regionGroup is null ? actor.Id : null,
                },
            };

            if (f.Scope is null or "available" or "overdue" && filter.CandidateGroups.Count == 0 && filter.CandidateUser is null && !(f.Scope == "overdue" && actor.IsSupervisor()))
            {
                // The region's group is not one of the caller's: nothing there is offered to them.
                return new TaskPage([], 0, pageNumber, pageSize);
            }

            if (f.Text is { } text && !string.IsNullOrWhiteSpace(text))
            {
                filter = filter with { BusinessKeys = await search.BusinessKeysAsync(text, cancellationToken) };
            }

            filter = filter with
            {
                ProcessKey = f.ProcessKey,
                DueAfter = f.DueAfter,
                DueBefore = filter.DueBefore ?? f.DueBefore,
                SortBy = InboxFilter.SortColumn(f.Sort) ?? TaskSort.Due,
                GroupPrefix = RegionGroupPrefix,
                Descending = f.Order == "desc",
                Page = pageNumber,
                PageSize = pageSize,
            };
            var page = InboxFilter.CaseSortOf(f.Sort) is { } caseSort
                ? await caseOrder.PageAsync(filter, caseSort, cancellationToken)
                : await queries.TasksAsync(filter, cancellationToken);
            var cases = await labels.ForAsync(page.Items.Select(t => t.BusinessKey), cancellationToken);
            var done = f.Scope == "done" ? await outcomes.OfAsync(page.Items, cancellationToken) : null;
            var processNames = await ProcessNamesAsync(models, page.Items, cancellationToken);
            return new TaskPage(
                [.. page.Items.Select(t => t.ToSummary() with
                {
                    Case = t.BusinessKey is { } key ? cases.GetValueOrDefault(key) : null,
                    Outcome = done?.GetValueOrDefault(t.Id),
                    ProcessName = processNames.GetValueOrDefault(ProcessDefinition.IdFor(t.ProcessKey, t.ProcessVersion)),
                })],
                page.Total, page.PageNumber, page.PageSize);
        }
    }

    /// <summary>From the compiled models, which the engine caches per version: no XML is parsed per row.</summary>
    private static async Task<Dictionary<string, string?>> ProcessNamesAsync(ModelCache models, IEnumerable<UserTaskInstance> tasks, CancellationToken ct)
    {
        var names = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var id in tasks.Select(t => ProcessDefinition.IdFor(t.ProcessKey, t.ProcessVersion)).Distinct(StringComparer.Ordinal))
        {
            names[id] = (await models.GetAsync(id, ct))?.Name;
        }

        return names;
    }

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", (ClaimsPrincipal user, IMediator mediator, CancellationToken ct,
                string? scope, string? processKey, string? regionCode, int? page, int? pageSize,
                DateTimeOffset? dueAfter, DateTimeOffset? dueBefore, string? sort, string? order) =>
                RunAsync(user, mediator, new InboxFilter
                {
                    Scope = scope, ProcessKey = processKey, RegionCode = regionCode, Page = page, PageSize = pageSize,
                    DueAfter = dueAfter, DueBefore = dueBefore, Sort = sort, Order = order,
                }, ct))
            .WithName("ListTasks")
            .WithSummary("The caller's task inbox: mine, follow-up, available to my groups, done by me, or overdue; sorted by any column.")
            .Produces<TaskPage>()
            .ProducesValidationProblem();

        group.MapPost("/search", (InboxFilter filter, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                RunAsync(user, mediator, filter, ct))
            .WithName("SearchTasks")
            .WithSummary("The inbox filtered by a case number, an ID number or part of an applicant's name (in the body, never the URL), with the same scopes, filters and sorting.")
            .Produces<TaskPage>()
            .ProducesValidationProblem();
    }

    private static async Task<IResult> RunAsync(ClaimsPrincipal user, IMediator mediator, InboxFilter filter, CancellationToken ct)
    {
        var errors = filter.Validate();
        return errors.Any
            ? ApiProblems.Validation(errors)
            : TypedResults.Ok(await mediator.Send(new Query(user.ToActor(), filter), ct));
    }
}
