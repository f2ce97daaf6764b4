namespace SocialInsurance.Workflows.Expressions;

/// <summary>
/// Finds the <c>${ ... }</c> parts of a text. A closing brace is matched the way JavaScript would read it — braces
/// inside strings, template literals and comments do not count — so <c>${ x === '}' }</c> is one expression.
/// Regular-expression literals are not recognised: a brace inside one can end the part early.
/// </summary>
internal static class ExpressionText
{
    private const int TemplateLiteral = -1;

    /// <summary>A text that is exactly one <c>${ ... }</c>, surrounding white space aside, gives its inside.</summary>
    public static bool TryUnwrap(string text, out string inner)
    {
        var start = 0;
        var end = text.Length - 1;
        while (start <= end && char.IsWhiteSpace(text[start])) start++;
        while (end >= start && char.IsWhiteSpace(text[end])) end--;

        if (end - start >= 2 && text[start] == '$' && text[start + 1] == '{' && FindClose(text, start + 2) == end)
        {
            inner = text[(start + 2)..end];
            return true;
        }

        inner = text;
        return false;
    }

    public static bool HasPlaceholder(string text) => text.Contains("${", StringComparison.Ordinal);

    /// <summary>Splits a template into literal text and expressions; throws when a <c>${</c> is never closed.</summary>
    public static IReadOnlyList<TemplatePart> ParseTemplate(string text)
    {
        var parts = new List<TemplatePart>();
        var position = 0;
        while (position < text.Length)
        {
            var open = text.IndexOf("${", position, StringComparison.Ordinal);
            if (open < 0)
            {
                parts.Add(new TemplatePart(text[position..], IsExpression: false));
                break;
            }

            if (open > position) parts.Add(new TemplatePart(text[position..open], IsExpression: false));
            var close = FindClose(text, open + 2);
            if (close < 0)
            {
                throw new ExpressionException(
                    ExpressionErrorKind.Syntax,
                    text,
                    $"Expected '}}' to close the '${{' at position {open + 1} of '{Shorten(text)}', but the text ended");
            }

            parts.Add(new TemplatePart(text[(open + 2)..close], IsExpression: true));
            position = close + 1;
        }

        return parts;
    }

    public static string Shorten(string text) => text.Length <= 120 ? text : string.Concat(text.AsSpan(0, 117), "...");

    /// <summary>Index of the brace that closes a <c>${</c> whose body starts at <paramref name="start"/>, or -1.</summary>
    private static int FindClose(string text, int start)
    {
        // One entry per nesting level: the open-brace count of a code context, or TemplateLiteral.
        var contexts = new Stack<int>();
        contexts.Push(0);
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (contexts.Peek() == TemplateLiteral)
            {
                if (c == '\\') i++;
                else if (c == '`') contexts.Pop();
                else if (c == '$' && next == '{')
                {
                    contexts.Push(0);
                    i++;
                }

                continue;
            }

            switch (c)
            {
                case '\'' or '"':
                    i = SkipQuoted(text, i);
                    if (i < 0) return -1;
                    break;
                case '`':
                    contexts.Push(TemplateLiteral);
                    break;
                case '/' when next == '/':
                    i = text.IndexOf('\n', i);
                    if (i < 0) return -1;
                    break;
                case '/' when next == '*':
                    i = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                    if (i < 0) return -1;
                    i++;
                    break;
                case '{':
                    contexts.Push(contexts.Pop() + 1);
                    break;
                case '}':
                    var depth = contexts.Pop();
                    if (depth > 0) contexts.Push(depth - 1);
                    else if (contexts.Count == 0) return i;
                    break;
            }
        }

        return -1;
    }

    private static int SkipQuoted(string text, int open)
    {
        for (var i = open + 1; i < text.Length; i++)
        {
            if (text[i] == '\\') i++;
            else if (text[i] == text[open]) return i;
            else if (text[i] == '\n') return -1;
        }

        return -1;
    }
}
