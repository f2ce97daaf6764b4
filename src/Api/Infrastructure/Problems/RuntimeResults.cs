using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Infrastructure.Problems;

/// <summary>The engine's answers at the API boundary: the same failure, its code (or, for one without, the status's) and the engine's English text as the fallback.</summary>
public static class RuntimeResults
{
    public static Result<T> ToResult<T>(this RuntimeResult<T> result)
    {
        if (result.IsOk)
        {
            return Result<T>.Ok(result.Value!);
        }

        var message = result.Error ?? string.Empty;
        var error = new ApiError(result.Code ?? CodeOf(result.Status), ApiError.ArgsOf(result.Args), new ErrorText(message, message));
        return result.Status switch
        {
            RuntimeStatus.NotFound => Result<T>.NotFound(error),
            RuntimeStatus.Conflict => Result<T>.Conflict(error),
            RuntimeStatus.Forbidden => Result<T>.Forbidden(error),
            _ => Result<T>.Invalid(error),
        };
    }

    private static string CodeOf(RuntimeStatus status) => status switch
    {
        RuntimeStatus.NotFound => ErrorCodes.RequestNotFound.Code,
        RuntimeStatus.Conflict => ErrorCodes.RequestConflict.Code,
        RuntimeStatus.Forbidden => ErrorCodes.RequestForbidden.Code,
        _ => ErrorCodes.RequestInvalid.Code,
    };
}
