using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Mvc;

namespace SocialInsurance.Api.Infrastructure.Problems;

/// <summary>
/// Writes a problem's texts in one language from its codes. Problems built by <see cref="ApiProblems"/> carry their
/// error; any other (a bare 404 from routing, a 405, a 500) gets its status's code. Runs once for every problem the
/// service writes (<see cref="ProblemServiceExtensions"/>), so one response is in one language.
/// </summary>
public static class ProblemLocalizer
{
    public const string CodeKey = "code";
    public const string ArgsKey = "args";
    public const string FieldCodesKey = "errorCodes";

    // The error and title travel beside the problem rather than in its extensions, which are serialised as they are.
    private static readonly ConditionalWeakTable<ProblemDetails, Attached> Errors = [];

    private sealed record Attached(ApiError Error, ErrorCode? Title);

    public static void Attach(ProblemDetails details, ApiError error, ErrorCode? title = null)
    {
        Errors.AddOrUpdate(details, new Attached(error, title));
        details.Extensions[CodeKey] = error.Code;
        if (error.Args.Count > 0)
        {
            details.Extensions[ArgsKey] = error.Args;
        }
    }

    public static void Attach(HttpValidationProblemDetails details, FieldErrors errors)
    {
        Attach(details, ErrorCodes.ValidationFailed.With(), ErrorCodes.ValidationFailed);
        details.Extensions[FieldCodesKey] = errors.ToDictionary();
    }

    public static void Localize(HttpContext httpContext, ProblemDetails details) => Localize(details, ProblemLanguage.Of(httpContext));

    public static void Localize(ProblemDetails details, Language language)
    {
        if (Errors.TryGetValue(details, out var attached))
        {
            details.Title = (attached.Title ?? TitleOf(details.Status)).Text.In(language);
            if (attached.Title != ErrorCodes.ValidationFailed)
            {
                details.Detail = attached.Error.Render(language);
            }
        }
        else
        {
            // A problem the framework wrote (routing's 404, the status-code pages, an unhandled exception): its
            // title was English; the status says what it means.
            var title = TitleOf(details.Status);
            details.Title = title.Text.In(language);
            details.Extensions.TryAdd(CodeKey, title.Code);
        }

        if (details is HttpValidationProblemDetails validation
            && details.Extensions.TryGetValue(FieldCodesKey, out var codes)
            && codes is IReadOnlyDictionary<string, ApiError[]> fields)
        {
            validation.Errors = fields.ToDictionary(f => f.Key, f => f.Value.Select(e => e.Render(language)).ToArray(), StringComparer.Ordinal);
        }
    }

    private static ErrorCode TitleOf(int? status) => status switch
    {
        StatusCodes.Status400BadRequest => ErrorCodes.RequestInvalid,
        StatusCodes.Status401Unauthorized => ErrorCodes.RequestUnauthorized,
        StatusCodes.Status403Forbidden => ErrorCodes.RequestForbidden,
        StatusCodes.Status404NotFound => ErrorCodes.RequestNotFound,
        StatusCodes.Status405MethodNotAllowed => ErrorCodes.RequestMethodNotAllowed,
        StatusCodes.Status408RequestTimeout => ErrorCodes.RequestTimeout,
        StatusCodes.Status409Conflict => ErrorCodes.RequestConflict,
        StatusCodes.Status413PayloadTooLarge => ErrorCodes.RequestTooLarge,
        StatusCodes.Status415UnsupportedMediaType => ErrorCodes.RequestUnsupportedMediaType,
        StatusCodes.Status422UnprocessableEntity => ErrorCodes.RequestUnprocessable,
        StatusCodes.Status429TooManyRequests => ErrorCodes.RequestTooMany,
        StatusCodes.Status503ServiceUnavailable => ErrorCodes.RequestUnavailable,
        >= 500 => ErrorCodes.ServerError,
        _ => ErrorCodes.RequestFailed,
    };
}
