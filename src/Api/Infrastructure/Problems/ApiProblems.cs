using Microsoft.AspNetCore.Http.HttpResults;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Infrastructure.Problems;

/// <summary>RFC 7807 responses. The engine's typed outcomes map one to one: not found, conflict, forbidden and invalid stay distinct.</summary>
public static class ApiProblems
{
    public static IResult From<T>(RuntimeResult<T> result, Func<T, IResult> ok) => result.Status switch
    {
        RuntimeStatus.Ok => ok(result.Value!),
        RuntimeStatus.NotFound => NotFound(result.Error),
        RuntimeStatus.Conflict => Conflict(result.Error),
        RuntimeStatus.Forbidden => Forbidden(result.Error),
        _ => Invalid(result.Error),
    };

    public static ProblemHttpResult NotFound(string? detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "未找到 / Not found");

    public static ProblemHttpResult Conflict(string? detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "状态冲突 / Conflict");

    public static ProblemHttpResult Forbidden(string? detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "无权操作 / Forbidden");

    public static ProblemHttpResult Invalid(string? detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "请求无效 / Invalid request");

    public static ProblemHttpResult Unauthorized(string title, string? detail = null) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: title);

    /// <summary>Field errors, each message in Chinese and English: <c>{"errors": {"decision": ["请选择审核结论 / Choose a decision"]}}</c>.</summary>
    public static ValidationProblem Validation(FieldErrors errors) =>
        TypedResults.ValidationProblem(errors.ToDictionary(), title: "输入有误 / One or more fields are invalid");
}
