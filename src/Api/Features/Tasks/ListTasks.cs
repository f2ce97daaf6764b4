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
/// whose due date lies in that window, and leave out tasks without one. Sorted by due date (none last), then creation;
/// <c>sort=priority</c> puts the highest <c>camunda:priority</c> first, then as before.
/// </summary>
public static class ListTasks
{
    public sealed record TaskPage(IReadOnlyList<TaskSummary> Items, int Total, int Page, int PageSize);

    public sealed record Query(string UserName, IReadOnlyList<string> Groups, string Scope, string? ProcessKey, string? RegionCode, int Page, int PageSize,
        DateTimeOffset? DueAfter = null, DateTimeOffset? DueBefore = null, TaskOrder Order = TaskOrder.DueDate)
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

            var page = await queries.TasksAsync(filter with { ProcessKey = query.ProcessKey, DueAfter = query.DueAfter, DueBefore = query.DueBefore, Order = query.Order, Page = query.Page, PageSize = query.PageSize }, cancellationToken);
            var cases = await labels.ForAsync(page.Items.Select(t => t.BusinessKey), cancellationToken);
            return new TaskPage(
                [.. page.Items.Select(t => t.ToSummary() with { Case = t.BusinessKey is { } key ? cases.GetValueOrDefault(key) : null })],
                page.Total, page.PageNumber, page.PageSize);
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", async (ClaimsPrincipal user, IMediator mediator, CancellationToken ct,
                string? scope, string? processKey, string? regionCode, int? page, int? pageSize,
                DateTimeOffset? dueAfter, DateTimeOffset? dueBefore, string? sort) =>
            {
                var errors = new FieldErrors();
                scope ??= "available";
                if (scope is not ("mine" or "available" or "done"))
                {
                    errors.Add("scope", "范围须为 mine、available 或 done", "Scope must be mine, available or done");
                }

                if (regionCode is not null && (regionCode.Length is < 2 or > 6 || !regionCode.All(char.IsAsciiDigit)))
                {
                    errors.Add("regionCode", "统筹区代码须为 2 至 6 位数字", "Region code must be 2 to 6 digits");
                }

                if (page is < 1)
                {
                    errors.Add("page", "页码须从 1 开始", "Page starts at 1");
                }

                if (pageSize is < 1 or > 100)
                {
                    errors.Add("pageSize", "每页条数须在 1 至 100 之间", "Page size must be between 1 and 100");
                }

                if (dueAfter is not null && dueBefore is not null && dueAfter >= dueBefore)
                {
                    errors.Add("dueBefore", "截止时间范围的结束须晚于开始", "The end of the due-date range must be after its start");
                }

                if (sort is not (null or "due" or "priority"))
                {
                    errors.Add("sort", "排序须为 due 或 priority", "Sort must be due or priority");
                }

                if (errors.Any)
                {
                    return (IResult)ApiProblems.Validation(errors);
                }

                var order = sort == "priority" ? TaskOrder.Priority : TaskOrder.DueDate;
                var result = await mediator.Send(new Query(user.Identity!.Name!, user.Groups(), scope, processKey, regionCode, page ?? 1, pageSize ?? 20, dueAfter, dueBefore, order), ct);
                return TypedResults.Ok(result);
            })
            .WithName("ListTasks")
            .WithSummary("The caller's task inbox: mine, available to my groups, or done by me.")
            .Produces<TaskPage>()
            .ProducesValidationProblem();
}
