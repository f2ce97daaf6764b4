namespace SocialInsurance.Api.Infrastructure.Problems;

/// <summary>What a failed use case means to the client; each maps to one status in <see cref="ApiProblems.From{T}(Result{T}, Func{T, IResult})"/>.</summary>
public enum Failure
{
    None,
    NotFound,
    Conflict,
    Forbidden,
    Invalid,
    TooLarge,

    /// <summary>Well-formed, but it cannot be carried out as it is (a decision table that fails on these inputs).</summary>
    Unprocessable,

    /// <summary>Accepted in part, but a step the service depends on did not happen: the client may retry (503).</summary>
    Unavailable,

    /// <summary>Who is asking could not be established (a refused sign-in): 401.</summary>
    Unauthorized,
}

/// <summary>
/// The API's one answer type for a use case: a value, or why there is none — not found, conflict, forbidden, invalid
/// (one error, or field errors), too large, unauthorized — as an <see cref="ApiError"/> code, never a text. Endpoints turn it into
/// problem details in one place, <see cref="ApiProblems"/>.
/// </summary>
public sealed record Result<T>
{
    private Result(Failure failure, T? value, ApiError? error, FieldErrors? fields, ErrorCode? title = null)
    {
        Failure = failure;
        Value = value;
        Error = error;
        Fields = fields;
        Title = title;
    }

    public Failure Failure { get; }

    public T? Value { get; }

    public ApiError? Error { get; }

    public FieldErrors? Fields { get; }

    /// <summary>The problem's own title, where it has one (a refused sign-in); else the status's.</summary>
    public ErrorCode? Title { get; }

    public bool IsOk => Failure == Failure.None;

    public static Result<T> Ok(T value) => new(Failure.None, value, null, null);

    public static Result<T> NotFound(ApiError error) => new(Failure.NotFound, default, error, null);

    public static Result<T> Conflict(ApiError error) => new(Failure.Conflict, default, error, null);

    public static Result<T> Forbidden(ApiError error) => new(Failure.Forbidden, default, error, null);

    public static Result<T> Unauthorized(ApiError error, ErrorCode? title = null) => new(Failure.Unauthorized, default, error, null, title);

    public static Result<T> Invalid(ApiError error) => new(Failure.Invalid, default, error, null);

    public static Result<T> Invalid(FieldErrors fields) => new(Failure.Invalid, default, null, fields);

    public static Result<T> TooLarge(ApiError error) => new(Failure.TooLarge, default, error, null);

    public static Result<T> Unprocessable(ApiError error) => new(Failure.Unprocessable, default, error, null);

    public static Result<T> Unavailable(ApiError error) => new(Failure.Unavailable, default, error, null);

    /// <summary>The same failure for a use case with another value type.</summary>
    public Result<TOther> As<TOther>() => new(Failure, default, Error, Fields, Title);

    public static implicit operator Result<T>(T value) => Ok(value);
}
