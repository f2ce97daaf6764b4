using System.Security.Claims;
using Mediator;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Execution.UserTasks;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Tasks;

/// <summary>
/// The reviewer's inbox. <c>mine</c>: open tasks assigned to the caller; <c>available</c>: open, unassigned, offered to
/// one of the caller's groups or to the caller by name; <c>done</c>: completed by the caller. <c>regionCode</c> keeps
/// tasks offered to <c>reviewers-{regionCode}</c>; <c>dueAfter</c> (inclusive) and <c>dueBefore</c> (exclusive) keep tasks
/// whose due date lies in that window, and leave out tasks without one. Sorted by due date (none last), then creation.
/// </summary>
public static class ListTasks
{
    public sealed record TaskPage(IReadOnlyList<TaskSummary> Items, int Total, int Page, int PageSize);

    public sealed record Query(string UserName, IReadOnlyList<string> Groups, string Scope, string? ProcessKey, string? RegionCode, int Page, int PageSize,
        DateTimeOffset? DueAfter = null, DateTimeOffset? DueBefore = null)
        : IQuery<TaskPage>;

    public sealed class Handler(IWorkflowQueries queries, CaseLabels labels) : IQueryHandler<Query, TaskPage>
    {
        public async ValueTask<TaskPage> Handle(Query query, CancellationToken cancellationToken)
        {
            var regionGroup = query.RegionCode is { } region ? $"reviewers-{region}" : null;
            var filter = query.Scope switch
            {
                "mine" => new TaskQuery { Assignee = query.UserName, CandidateGroups = regionGroup is null ? [] : [regionGroup] },
                "done" => new TaskQuery { CompletedBy = query.UserName, Status = UserTaskStatus.Completed, CandidateGroups = regionGroup is null ? [] : [regionGroup] },
                _ => new TaskQuery
                {
                    Unassigned = true,
                    CandidateGroups = regionGroup is null ? query.Groups : [.. query.Groups.Where(g => g == regionGroup)],
                    CandidateUser = regionGroup is null ? query.UserName : null,
                },
            };

            if (query.Scope == "available" && filter.CandidateGroups.Count == 0 && filter.CandidateUser is null)
            {
                // The region's group is not one of the caller's: nothing there is offered to them.
                return new TaskPage([], 0, query.Page, query.PageSize);
            }

            var page = await queries.TasksAsync(filter with { ProcessKey = query.ProcessKey, DueAfter = query.DueAfter, DueBefore = query.DueBefore, Page = query.Page, PageSize = query.PageSize }, cancellationToken);
            var cases = await labels.ForAsync(page.Items.Select(t => t.BusinessKey), cancellationToken);
            return new TaskPage(
                [.. page.Items.Select(t => t.ToSummary() with { Case = t.BusinessKey is { } key ? cases.GetValueOrDefault(key) : null })],
                page.Total, page.PageNumber, page.PageSize);
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", async (ClaimsPrincipal user, IMediator mediator, CancellationToken ct,
                string? scope, string? processKey, string? regionCode, int? page, int? pageSize,
                DateTimeOffset? dueAfter, DateTimeOffset? dueBefore) =>
            {
                var errors = new FieldErrors();
                scope ??= "available";
                if (scope is not ("mine" or "available" or "done"))
                {
                    errors.Add("scope", ErrorCodes.ScopeInvalid);
                }

                if (regionCode is not null && (regionCode.Length is < 2 or > 6 || !regionCode.All(char.IsAsciiDigit)))
                {
                    errors.Add("regionCode", ErrorCodes.RegionCodeInvalid);
                }

                if (page is < 1)
                {
                    errors.Add("page", ErrorCodes.PageStartsAtOne);
                }

                if (pageSize is < 1 or > 100)
                {
                    errors.Add("pageSize", ErrorCodes.PageSizeInvalid);
                }

                if (dueAfter is not null && dueBefore is not null && dueAfter >= dueBefore)
                {
                    errors.Add("dueBefore", ErrorCodes.DueRangeInvalid);
                }

                if (errors.Any)
                {
                    return (IResult)ApiProblems.Validation(errors);
                }

                var result = await mediator.Send(new Query(user.Identity!.Name!, user.Groups(), scope, processKey, regionCode, page ?? 1, pageSize ?? 20, dueAfter, dueBefore), ct);
                return TypedResults.Ok(result);
            })
            .WithName("ListTasks")
            .WithSummary("The caller's task inbox: mine, available to my groups, or done by me.")
            .Produces<TaskPage>()
            .ProducesValidationProblem();
}
