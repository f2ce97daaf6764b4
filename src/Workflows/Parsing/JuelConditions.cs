using System.Text;

namespace SocialInsurance.Workflows.Parsing;

/// <summary>
/// The JUEL that Camunda 7 users write in conditions, rewritten to the JavaScript the engine evaluates: <c>#{...}</c>
/// as <c>${...}</c>; the word operators <c>and or not eq ne lt gt le ge div mod</c>; and variables whose names are
/// JavaScript keywords (<c>${continue == true}</c>) read through <c>execution.getVariable</c>. Nothing else: method
/// calls such as <c>.equals()</c>, <c>empty</c> and Java beans stay unsupported and are reported at deploy. Only a
/// condition that is not already valid JavaScript is rewritten, so a JavaScript condition never changes meaning.
/// </summary>
internal static class JuelConditions
{
    private static readonly Dictionary<string, string> Operators = new(StringComparer.Ordinal)
    {
        ["and"] = "&&", ["or"] = "||", ["not"] = "!", ["eq"] = "==", ["ne"] = "!=", ["lt"] = "<", ["gt"] = ">",
        ["le"] = "<=", ["ge"] = ">=", ["div"] = "/", ["mod"] = "%",
    };

    /// <summary>JUEL words with no JavaScript counterpart in this subset.</summary>
    private static readonly HashSet<string> Unsupported = ["empty", "instanceof"];

    private static readonly HashSet<string> JavaScriptKeywords =
    [
        "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "export",
        "extends", "finally", "for", "function", "if", "import", "in", "let", "new", "return", "static", "super",
        "switch", "this", "throw", "try", "typeof", "var", "void", "while", "with", "yield", "await", "enum",
    ];

    /// <summary>The JavaScript form of a JUEL condition, or null when it uses something outside the subset.</summary>
    public static string? ToJavaScript(string condition)
    {
        var text = condition.Trim();
        if (!(text.StartsWith("${", StringComparison.Ordinal) || text.StartsWith("#{", StringComparison.Ordinal)) || !text.EndsWith('}'))
            return null;

        var body = text[2..^1];
        var result = new StringBuilder("${");
        var previous = '\0';
        for (var i = 0; i < body.Length;)
        {
            var c = body[i];
            if (c is '\'' or '"')
            {
                var end = body.IndexOf(c, i + 1);
                if (end < 0)
                    return null;
                result.Append(body, i, end - i + 1);
                i = end + 1;
                previous = c;
            }
            else if (char.IsLetter(c) || c is '_' or '$')
            {
                var start = i;
                while (i < body.Length && (char.IsLetterOrDigit(body[i]) || body[i] is '_' or '$'))
                    i++;
                var word = body[start..i];
                var isMember = previous == '.';
                if (!isMember && Operators.TryGetValue(word, out var op))
                    result.Append(' ').Append(op).Append(' ');
                else if (!isMember && Unsupported.Contains(word))
                    return null;
                else if (!isMember && JavaScriptKeywords.Contains(word))
                    result.Append("execution.getVariable('").Append(word).Append("')");
                else
                    result.Append(word);
                previous = 'a';
            }
            else
            {
                result.Append(c);
                if (!char.IsWhiteSpace(c))
                    previous = c;
                i++;
            }
        }

        return result.Append('}').ToString();
    }
}
