using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Jint;
using Jint.Runtime;

namespace SocialInsurance.Workflows.Expressions;

/// <summary>Turns what Jint throws into messages an administrator can act on, each naming the limit it hit.</summary>
internal static class SandboxFailures
{
    /// <summary><see langword="null"/> for exceptions that are bugs in the host, which must surface as they are.</summary>
    public static ExpressionException? Describe(Exception exception, string text, bool isScript, JintOptions options)
    {
        var subject = isScript ? "Script" : $"Expression '{ExpressionText.Shorten(text)}'";
        var statements = options.MaxStatements.ToString("N0", CultureInfo.InvariantCulture);
        var memory = Bytes(options.MemoryLimitBytes);
        var depth = options.MaxRecursionDepth.ToString(CultureInfo.InvariantCulture);
        var milliseconds = ((long)options.Timeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        return exception switch
        {
            ScriptPreparationException e => Fail(ExpressionErrorKind.Syntax, $"{subject} has a syntax error: {(e.InnerException ?? e).Message}", (e.InnerException ?? e).Message),
            StatementsCountOverflowException => Fail(ExpressionErrorKind.StatementLimit, $"{subject} exceeded the statement limit of {statements}", limit: statements),
            MemoryLimitExceededException => Fail(ExpressionErrorKind.Memory, $"{subject} exceeded the memory limit of {memory}", limit: memory),
            RecursionDepthOverflowException => Fail(ExpressionErrorKind.Recursion, $"{subject} exceeded the recursion depth limit of {depth}", limit: depth),
            JavaScriptException e when e.Message.Contains("Maximum call stack size exceeded", StringComparison.Ordinal) =>
                Fail(ExpressionErrorKind.Recursion, $"{subject} exceeded the recursion depth limit of {depth} (the call stack ran out)", limit: depth),
            TimeoutException or RegexMatchTimeoutException => Fail(ExpressionErrorKind.Timeout, $"{subject} exceeded the time limit of {milliseconds} ms", limit: milliseconds),
            JavaScriptException e => Fail(ExpressionErrorKind.Runtime, $"{subject} failed: {e.Message}", e.Message),
            JsonException => Fail(ExpressionErrorKind.Runtime, $"{subject} failed: its value is nested too deeply to store as JSON", "its value is nested too deeply to store as JSON"),
            JintException e => Fail(ExpressionErrorKind.Runtime, $"{subject} failed: {e.Message}", e.Message),
            _ => null,
        };

        ExpressionException Fail(ExpressionErrorKind kind, string message, string? detail = null, string? limit = null) =>
            new(kind, text, message, exception) { IsScript = isScript, Detail = detail, Limit = limit };
    }

    private static string Bytes(long bytes) => bytes switch
    {
        _ when bytes % (1024 * 1024) == 0 => $"{bytes / (1024 * 1024)} MB",
        _ when bytes % 1024 == 0 => $"{bytes / 1024} KB",
        _ => $"{bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes",
    };
}
