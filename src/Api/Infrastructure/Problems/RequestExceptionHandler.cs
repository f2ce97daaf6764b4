using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace SocialInsurance.Api.Infrastructure.Problems;

/// <summary>
/// Exceptions that mean "the request was malformed", not "the server failed": Kestrel's and binding's
/// <see cref="BadHttpRequestException"/> (its own status: 400, 408, 413 …), the form and multipart readers'
/// <see cref="InvalidDataException"/> (no boundary, a broken part header, too many fields, a part too long) and a body
/// that ends early. Each becomes 4xx problem details with a fixed text — never the exception's message, which may
/// name types or limits the client has no business with. Anything else stays a 500 (with no detail outside
/// Development) for <see cref="ProblemServiceExtensions"/> to write.
/// </summary>
public sealed class RequestExceptionHandler(IProblemDetailsService problems, ILogger<RequestExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (Classify(exception) is not { } problem || httpContext.Response.HasStarted)
        {
            return false;
        }

        logger.LogInformation("Refused a malformed request to {Path}: {Status} {Reason}", httpContext.Request.Path, problem.Status, exception.GetType().Name);
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails? Classify(Exception exception) => exception switch
    {
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => TooLarge(),
        BadHttpRequestException { InnerException: JsonException json } => Json(json),
        BadHttpRequestException bad => ApiProblems.Details(bad.StatusCode, ErrorCodes.RequestMalformed.With()),
        InvalidDataException data when data.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase) => TooLarge(),
        InvalidDataException => ApiProblems.Details(StatusCodes.Status400BadRequest, ErrorCodes.RequestMultipartMalformed.With()),
        IOException when exception.Message.Contains("Unexpected end of", StringComparison.OrdinalIgnoreCase) =>
            ApiProblems.Details(StatusCodes.Status400BadRequest, ErrorCodes.RequestBodyEndedEarly.With()),
        _ => null,
    };

    private static ProblemDetails TooLarge() => ApiProblems.Details(StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestBodyTooLarge.With());

    /// <summary>A body that does not fit the endpoint's shape (a string where an object belongs): the path is the field.</summary>
    private static ProblemDetails Json(JsonException json)
    {
        var field = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "body" : json.Path.TrimStart('$', '.');
        return ApiProblems.ValidationDetails(new FieldErrors().Add(field, ErrorCodes.FieldWrongType));
    }
}
