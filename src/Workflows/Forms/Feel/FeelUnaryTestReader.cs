using System.Globalization;

namespace SocialInsurance.Workflows.Forms.Feel;

/// <summary>The grammar of <see cref="FeelUnaryTests"/>, over the tokens of <see cref="FeelLexer"/>.</summary>
internal sealed class UnaryTestReader(List<FeelToken> tokens)
{
    private int _next;

    private FeelToken Peek => tokens[_next];

    private FeelToken Take() => tokens[_next++];

    public (IReadOnlyList<FeelUnaryTests.UnaryTest> Tests, bool Negated) ReadAll()
    {
        var negated = false;
        if (Peek is { Kind: FeelTokenKind.Name, Text: "not" } && tokens[_next + 1].Kind == FeelTokenKind.LeftParen)
        {
            negated = true;
            _next += 2;
        }

        var tests = new List<FeelUnaryTests.UnaryTest> { Test() };
        while (Peek.Kind == FeelTokenKind.Comma)
        {
            _next++;
            tests.Add(Test());
        }

        if (negated)
        {
            Expect(FeelTokenKind.RightParen, "')' closing not(");
        }

        if (Peek.Kind != FeelTokenKind.End)
        {
            throw new FeelException($"Expected ',' or the end of the input entry, but found {Describe(Peek)}.", Peek.Position);
        }

        return (tests, negated);
    }

    private FeelUnaryTests.UnaryTest Test()
    {
        var token = Peek;
        if (token.Kind == FeelTokenKind.Operator && token.Text != "-")
        {
            _next++;
            return new FeelUnaryTests.ComparisonTest(token.Text, Endpoint());
        }

        if (token.Kind is FeelTokenKind.LeftBracket or FeelTokenKind.LeftParen or FeelTokenKind.RightBracket)
        {
            _next++;
            var low = Endpoint();
            Expect(FeelTokenKind.Range, "'..' inside an interval such as [1..10]");
            var high = Endpoint();
            var close = Take();
            if (close.Kind is not (FeelTokenKind.RightBracket or FeelTokenKind.RightParen or FeelTokenKind.LeftBracket))
            {
                throw new FeelException($"Expected ']', ')' or '[' closing the interval, but found {Describe(close)}.", close.Position);
            }

            return new FeelUnaryTests.IntervalTest(low, token.Kind == FeelTokenKind.LeftBracket, high, close.Kind == FeelTokenKind.RightBracket);
        }

        return new FeelUnaryTests.ComparisonTest("=", Endpoint());
    }

    private FeelNode Endpoint()
    {
        var token = Take();
        switch (token.Kind)
        {
            case FeelTokenKind.String:
                return new FeelLiteral(token.Text);
            case FeelTokenKind.Number:
                return new FeelLiteral(FeelComparison.ParseNumber(token.Text, token.Position));
            case FeelTokenKind.Operator when token.Text == "-" && Peek.Kind == FeelTokenKind.Number:
                var number = Take();
                return new FeelLiteral(-FeelComparison.ParseNumber(number.Text, number.Position));
            case FeelTokenKind.Name when token.Text == "date" && Peek.Kind == FeelTokenKind.LeftParen:
                return Date(token);
            case FeelTokenKind.Name when token.Text is "true" or "false" or "null":
                return new FeelLiteral(token.Text switch { "true" => true, "false" => false, _ => null });
            case FeelTokenKind.Name when token.Text is "and" or "or" or "in" or "not":
                throw new FeelException($"Expected a value, but found the keyword '{token.Text}' (only simple unary tests are supported).", token.Position);
            case FeelTokenKind.Name when Peek.Kind == FeelTokenKind.LeftParen:
                throw new FeelException($"Expected a value, but '{token.Text}(...)' is a function call; only date(\"yyyy-MM-dd\") is supported.", token.Position);
            case FeelTokenKind.Name:
                var path = new List<string> { token.Text };
                while (Peek.Kind == FeelTokenKind.Dot)
                {
                    _next++;
                    var member = Take();
                    if (member.Kind != FeelTokenKind.Name)
                    {
                        throw new FeelException($"Expected a member name after '.', but found {Describe(member)}.", member.Position);
                    }

                    path.Add(member.Text);
                }

                return new FeelName(path);
            default:
                throw new FeelException($"Expected a string, a number, a boolean, date(...) or a name, but found {Describe(token)}.", token.Position);
        }
    }

    private FeelLiteral Date(FeelToken name)
    {
        _next++;
        var text = Take();
        if (text.Kind != FeelTokenKind.String
            || !DateOnly.TryParseExact(text.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new FeelException($"Expected date(\"yyyy-MM-dd\"), but found {Describe(text)}.", text.Position);
        }

        Expect(FeelTokenKind.RightParen, "')' closing date(");
        return new FeelLiteral(date);
    }

    private void Expect(FeelTokenKind kind, string what)
    {
        if (Peek.Kind != kind)
        {
            throw new FeelException($"Expected {what}, but found {Describe(Peek)}.", Peek.Position);
        }

        _next++;
    }

    private static string Describe(FeelToken token) => token.Kind == FeelTokenKind.End ? "the end of the entry" : $"'{token.Text}'";
}
