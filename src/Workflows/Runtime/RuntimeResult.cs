namespace SocialInsurance.Workflows.Runtime;

/// <summary>
/// An engine operation's answer. A refusal carries <see cref="Error"/> (English, for logs and the CLI) and, for
/// clients, a stable <see cref="Code"/> with its <see cref="Args"/> (an anonymous object of plain values) that the
/// host renders in its users' languages; the engine itself knows no language but English.
/// </summary>
public sealed record RuntimeResult<T>(RuntimeStatus Status, T? Value, string? Error, string? Code = null, object? Args = null)
{
    public bool IsOk => Status == RuntimeStatus.Ok;

    public static RuntimeResult<T> Ok(T value) => new(RuntimeStatus.Ok, value, null);
    public static RuntimeResult<T> NotFound(string error, string? code = null, object? args = null) => new(RuntimeStatus.NotFound, default, error, code, args);
    public static RuntimeResult<T> Conflict(string error, string? code = null, object? args = null) => new(RuntimeStatus.Conflict, default, error, code, args);
    public static RuntimeResult<T> Forbidden(string error, string? code = null, object? args = null) => new(RuntimeStatus.Forbidden, default, error, code, args);
    public static RuntimeResult<T> Invalid(string error, string? code = null, object? args = null) => new(RuntimeStatus.Invalid, default, error, code, args);

    public RuntimeResult<TOther> As<TOther>() => new(Status, default, Error, Code, Args);
}
