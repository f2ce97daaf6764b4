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
        return exception switch
        {
            ScriptPreparationException e => Fail(ExpressionErrorKind.Syntax, $"{subject} has a syntax error: {(e.InnerException ?? e).Message}"),
            StatementsCountOverflowException => Fail(ExpressionErrorKind.StatementLimit,
                $"{subject} exceeded the statement limit of {options.MaxStatements.ToString("N0", CultureInfo.InvariantCulture)}"),
            MemoryLimitExceededException => Fail(ExpressionErrorKind.Memory, $"{subject} exceeded the memory limit of {Bytes(options.MemoryLimitBytes)}"),
            RecursionDepthOverflowException => Fail(ExpressionErrorKind.Recursion,
                $"{subject} exceeded the recursion depth limit of {options.MaxRecursionDepth}"),
            JavaScriptException e when e.Message.Contains("Maximum call stack size exceeded", StringComparison.Ordinal) =>
                Fail(ExpressionErrorKind.Recursion, $"{subject} exceeded the recursion depth limit of {options.MaxRecursionDepth} (the call stack ran out)"),
            TimeoutException or RegexMatchTimeoutException => Fail(ExpressionErrorKind.Timeout,
                $"{subject} exceeded the time limit of {(long)options.Timeout.TotalMilliseconds} ms"),
            JavaScriptException e => Fail(ExpressionErrorKind.Runtime, $"{subject} failed: {e.Message}"),
            JsonException => Fail(ExpressionErrorKind.Runtime, $"{subject} failed: its value is nested too deeply to store as JSON"),
            JintException e => Fail(ExpressionErrorKind.Runtime, $"{subject} failed: {e.Message}"),
            _ => null,
        };

        ExpressionException Fail(ExpressionErrorKind kind, string message) => new(kind, text, message, exception);
    }

    private static string Bytes(long bytes) => bytes switch
    {
        _ when bytes % (1024 * 1024) == 0 => $"{bytes / (1024 * 1024)} MB",
        _ when bytes % 1024 == 0 => $"{bytes / 1024} KB",
        _ => $"{bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes",
    };
}
