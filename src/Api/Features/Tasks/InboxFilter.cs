using SocialInsurance.Api.Features.Search;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Tasks;

/// <summary>
/// What an inbox list asks for, as the query string of <c>GET /api/tasks</c> or the body of <c>POST /api/tasks/search</c>
/// (the only one that takes <see cref="Text"/>: see <see cref="CaseSearch"/>). Scopes: <c>mine</c> (claimed by the caller,
/// not parked for follow-up), <c>followUp</c> (claimed by the caller, parked until a later follow-up date),
/// <c>available</c>, <c>done</c>, and <c>overdue</c> (open and past due: every such task for supervisors and
/// administrators, those of the caller's groups for everyone else).
/// </summary>
public sealed record InboxFilter
{
    public static readonly string[] Scopes = ["mine", "followUp", "available", "done", "overdue"];

    public string? Scope { get; init; }
    public string? Text { get; init; }
    public string? ProcessKey { get; init; }
    public string? RegionCode { get; init; }
    public DateTimeOffset? DueAfter { get; init; }
    public DateTimeOffset? DueBefore { get; init; }

    /// <summary>
    /// due, created, name, process, assignee, ended, followUp, priority, region (the task's most specific reviewer
    /// group), case (the case number) or applicant (the applicant's name).
    /// </summary>
    public string? Sort { get; init; }

    /// <summary>asc or desc.</summary>
    public string? Order { get; init; }

    public int? Page { get; init; }
    public int? PageSize { get; init; }

    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        if (Scope is not null && !Scopes.Contains(Scope, StringComparer.Ordinal))
        {
            errors.Add("scope", ErrorCodes.TaskScopeInvalid);
        }

        if (RegionCode is not null && (RegionCode.Length is < 2 or > 6 || !RegionCode.All(char.IsAsciiDigit)))
        {
            errors.Add("regionCode", ErrorCodes.TaskRegionCodeInvalid);
        }

        if (Page is < 1)
        {
            errors.Add("page", ErrorCodes.PagingPageStartsAtOne);
        }

        if (PageSize is < 1 or > 100)
        {
            errors.Add("pageSize", ErrorCodes.PagingPageSizeInvalid);
        }

        if (DueAfter is not null && DueBefore is not null && DueAfter >= DueBefore)
        {
            errors.Add("dueBefore", ErrorCodes.TaskDueRangeInvalid);
        }

        if (Sort is not null && SortColumn(Sort) is null && CaseSortOf(Sort) is null)
        {
            errors.Add("sort", ErrorCodes.InboxSortInvalid);
        }

        if (Order is not (null or "asc" or "desc"))
        {
            errors.Add("order", ErrorCodes.InboxOrderInvalid);
        }

        CaseSearch.CheckText(errors, Text);

        return errors;
    }

    public static TaskSort? SortColumn(string? sort) => sort switch
    {
        null or "due" => TaskSort.Due,
        "created" => TaskSort.Created,
        "name" => TaskSort.Name,
        "process" => TaskSort.Process,
        "assignee" => TaskSort.Assignee,
        "ended" => TaskSort.Ended,
        "followUp" => TaskSort.FollowUp,
        "priority" => TaskSort.Priority,
        "region" => TaskSort.CandidateGroup,
        _ => null,
    };

    /// <summary>The sorts by the case behind the task, which the engine cannot order by (<see cref="CaseOrderedTasks"/>).</summary>
    public static CaseSort? CaseSortOf(string? sort) => sort switch
    {
        "case" => CaseSort.CaseNumber,
        "applicant" => CaseSort.Applicant,
        _ => null,
    };
}
