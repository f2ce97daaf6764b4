using SocialInsurance.Api.Features.Search;
using SocialInsurance.Api.Infrastructure.Input;
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

    /// <summary>due, created, name, process, assignee, ended or followUp.</summary>
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
            errors.Add("scope", "范围须为 mine、followUp、available、done 或 overdue", "Scope must be mine, followUp, available, done or overdue");
        }

        if (RegionCode is not null && (RegionCode.Length is < 2 or > 6 || !RegionCode.All(char.IsAsciiDigit)))
        {
            errors.Add("regionCode", "统筹区代码须为 2 至 6 位数字", "Region code must be 2 to 6 digits");
        }

        if (Page is < 1)
        {
            errors.Add("page", "页码须从 1 开始", "Page starts at 1");
        }

        if (PageSize is < 1 or > 100)
        {
            errors.Add("pageSize", "每页条数须在 1 至 100 之间", "Page size must be between 1 and 100");
        }

        if (DueAfter is not null && DueBefore is not null && DueAfter >= DueBefore)
        {
            errors.Add("dueBefore", "截止时间范围的结束须晚于开始", "The end of the due-date range must be after its start");
        }

        if (Sort is not null && SortColumn(Sort) is null)
        {
            errors.Add("sort", "排序列须为 due、created、name、process、assignee、ended、followUp 或 priority", "Sort must be due, created, name, process, assignee, ended, followUp or priority");
        }

        if (Order is not (null or "asc" or "desc"))
        {
            errors.Add("order", "排序方向须为 asc 或 desc", "Order must be asc or desc");
        }

        if (Text is { } text && TextInput.Check(errors, "text", text) && text.Trim().Length > CaseSearch.MaxLength)
        {
            errors.Add("text", $"搜索内容不能超过 {CaseSearch.MaxLength} 个字符", $"The search text must be at most {CaseSearch.MaxLength} characters");
        }

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
        _ => null,
    };
}
