using Jint;

namespace SocialInsurance.Workflows.Validation;

/// <summary>
/// Syntax checks for conditions and scripts at deploy time. A condition written for another engine (FEEL's
/// <c>= x &gt; 5</c>, JUEL's <c>x eq 'a'</c>) would otherwise only fail when a token reaches the gateway, as an
/// incident on a live case. Parsing only: nothing is executed here.
/// </summary>
internal static class JavaScriptSyntax
{
    private static readonly string[] JavaScriptNames = ["javascript", "js", "ecmascript"];

    /// <summary>A missing language means JavaScript: that is what the engine evaluates.</summary>
    public static bool IsJavaScript(string? language) =>
        language is null || JavaScriptNames.Contains(language.Trim(), StringComparer.OrdinalIgnoreCase);

    /// <summary><c>${...}</c> is the Camunda habit; the body is evaluated as a JavaScript expression.</summary>
    public static string Unwrap(string expression)
    {
        var text = expression.Trim();
        return text.StartsWith("${", StringComparison.Ordinal) && text.EndsWith('}') ? text[2..^1] : text;
    }

    /// <summary>The parser's complaint, or null when <paramref name="expression"/> is one JavaScript expression.</summary>
    public static string? ExpressionError(string expression)
    {
        var body = Unwrap(expression);
        if (string.IsNullOrWhiteSpace(body))
            return "it is empty";
        // Parentheses make statements ("a; b", "var x") fail; the newline keeps a trailing // comment from eating ")".
        return ScriptError("(" + body + "\n)");
    }

    public static string? ScriptError(string script)
    {
        try
        {
            Engine.PrepareScript(script);
            return null;
        }
        catch (Exception e)
        {
            // Any failure to prepare is a syntax problem from the modeler's point of view; the parser's own text
            // (inner exception) says where, without Jint's "could not prepare script" wrapper.
            return (e.InnerException ?? e).Message;
        }
    }
}
