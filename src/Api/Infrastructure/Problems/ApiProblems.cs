using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Infrastructure.Problems;

/// <summary>
/// RFC 7807 responses, built from codes: not found, conflict, forbidden and invalid stay distinct. Each problem
/// carries <c>code</c> and <c>args</c> (and, for field errors, <c>errorCodes</c> beside ASP.NET's <c>errors</c>); its
/// texts are written here in Chinese and rewritten in the request's language by <see cref="ProblemLocalizer"/>,
/// the one place that reads <c>Accept-Language</c>.
/// </summary>
public static class ApiProblems
{
    public static IResult From<T>(Result<T> result, Func<T, IResult> ok) => result.Failure switch
    {
        Failure.None => ok(result.Value!),
        Failure.Invalid when result.Fields is { } fields => Validation(fields),
        _ => Problem(StatusOf(result.Failure), result.Error!, result.Title),
    };

    private static int StatusOf(Failure failure) => failure switch
    {
        Failure.NotFound => StatusCodes.Status404NotFound,
        Failure.Conflict => StatusCodes.Status409Conflict,
        Failure.Forbidden => StatusCodes.Status403Forbidden,
        Failure.Unauthorized => StatusCodes.Status401Unauthorized,
        Failure.TooLarge => StatusCodes.Status413PayloadTooLarge,
        Failure.Unprocessable => StatusCodes.Status422UnprocessableEntity,
        Failure.Unavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status400BadRequest,
    };

    /// <summary>The engine's answer at the API boundary: the same statuses, its codes rendered through the catalog.</summary>
    public static IResult From<T>(RuntimeResult<T> result, Func<T, IResult> ok) => From(result.ToResult(), ok);

    public static ProblemHttpResult NotFound(ApiError error) => Problem(StatusCodes.Status404NotFound, error);

    public static ProblemHttpResult Conflict(ApiError error) => Problem(StatusCodes.Status409Conflict, error);

    public static ProblemHttpResult Forbidden(ApiError error) => Problem(StatusCodes.Status403Forbidden, error);

    public static ProblemHttpResult Invalid(ApiError error) => Problem(StatusCodes.Status400BadRequest, error);

    public static ProblemHttpResult Unauthorized(ApiError error, ErrorCode? title = null) => Problem(StatusCodes.Status401Unauthorized, error, title);

    /// <summary>A problem with any status; <paramref name="title"/> replaces the status's own title when the problem has a name of its own.</summary>
    public static ProblemHttpResult Problem(int status, ApiError error, ErrorCode? title = null, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(Details(status, error, title, extensions));

    public static ProblemDetails Details(int status, ApiError error, ErrorCode? title = null, IDictionary<string, object?>? extensions = null)
    {
        var details = new ProblemDetails { Status = status };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            details.Extensions[key] = value;
        }

        ProblemLocalizer.Attach(details, error, title);
        ProblemLocalizer.Localize(details, Language.Chinese);
        return details;
    }

    /// <summary>Field errors: <c>{"errors": {"decision": ["请选择审核结论"]}, "errorCodes": {"decision": [{"code": "task.decisionRequired", "args": {}}]}}</c>.</summary>
    public static ProblemHttpResult Validation(FieldErrors errors) => TypedResults.Problem(ValidationDetails(errors));

    public static HttpValidationProblemDetails ValidationDetails(FieldErrors errors)
    {
        var details = new HttpValidationProblemDetails { Status = StatusCodes.Status400BadRequest };
        ProblemLocalizer.Attach(details, errors);
        ProblemLocalizer.Localize(details, Language.Chinese);
        return details;
    }
}
