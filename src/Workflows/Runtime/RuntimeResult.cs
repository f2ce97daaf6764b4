namespace SocialInsurance.Workflows.Runtime;

public sealed record RuntimeResult<T>(RuntimeStatus Status, T? Value, string? Error)
{
    public bool IsOk => Status == RuntimeStatus.Ok;

    public static RuntimeResult<T> Ok(T value) => new(RuntimeStatus.Ok, value, null);
    public static RuntimeResult<T> NotFound(string error) => new(RuntimeStatus.NotFound, default, error);
    public static RuntimeResult<T> Conflict(string error) => new(RuntimeStatus.Conflict, default, error);
    public static RuntimeResult<T> Forbidden(string error) => new(RuntimeStatus.Forbidden, default, error);
    public static RuntimeResult<T> Invalid(string error) => new(RuntimeStatus.Invalid, default, error);

    public RuntimeResult<TOther> As<TOther>() => new(Status, default, Error);
}
