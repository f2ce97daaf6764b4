using System.Text;

namespace SocialInsurance.Workflows.Forms.Feel;

/// <summary>Splits the text into tokens. Names are ASCII identifiers: FEEL allows spaces inside names, which we do not.</summary>
internal static class FeelLexer
{
    public static List<FeelToken> Tokenize(string text)
    {
        var tokens = new List<FeelToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '"')
            {
                tokens.Add(ReadString(text, ref i));
            }
            else if (c == '.' && i + 1 < text.Length && text[i + 1] == '.')
            {
                // The range operator of unary tests ([1..10]); the expression parser rejects it as an unexpected token.
                tokens.Add(new FeelToken(FeelTokenKind.Range, "..", i));
                i += 2;
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || (text[i] == '.' && !(i + 1 < text.Length && text[i + 1] == '.'))))
                {
                    i++;
                }

                tokens.Add(new FeelToken(FeelTokenKind.Number, text[start..i], start));
            }
            else if (char.IsAsciiLetter(c) || c == '_' || c == '$')
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '$'))
                {
                    i++;
                }

                tokens.Add(new FeelToken(FeelTokenKind.Name, text[start..i], start));
            }
            else
            {
                var two = i + 1 < text.Length ? text.Substring(i, 2) : null;
                if (two is "!=" or "<=" or ">=")
                {
                    tokens.Add(new FeelToken(FeelTokenKind.Operator, two, i));
                    i += 2;
                    continue;
                }

                var kind = c switch
                {
                    '=' or '<' or '>' or '-' => FeelTokenKind.Operator,
                    '(' => FeelTokenKind.LeftParen,
                    ')' => FeelTokenKind.RightParen,
                    '[' => FeelTokenKind.LeftBracket,
                    ']' => FeelTokenKind.RightBracket,
                    ',' => FeelTokenKind.Comma,
                    '.' => FeelTokenKind.Dot,
                    _ => throw new FeelException($"Expected an operator, a name or a literal, but found '{c}'.", i),
                };
                tokens.Add(new FeelToken(kind, c.ToString(), i));
                i++;
            }
        }

        tokens.Add(new FeelToken(FeelTokenKind.End, string.Empty, text.Length));
        return tokens;
    }

    private static FeelToken ReadString(string text, ref int i)
    {
        var start = i++;
        var value = new StringBuilder();
        while (i < text.Length && text[i] != '"')
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
                value.Append(text[i] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', var other => other });
            }
            else
            {
                value.Append(text[i]);
            }

            i++;
        }

        if (i >= text.Length)
        {
            throw new FeelException("Expected a closing '\"', but the string literal runs to the end.", start);
        }

        i++;
        return new FeelToken(FeelTokenKind.String, value.ToString(), start);
    }
}
