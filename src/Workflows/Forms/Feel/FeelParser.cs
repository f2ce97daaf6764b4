namespace SocialInsurance.Workflows.Forms.Feel;

/// <summary>
/// The FEEL subset that form conditions and required rules use (form-js writes them as <c>=expression</c>):
/// comparisons <c>= != &lt; &lt;= &gt; &gt;=</c>, <c>and</c>, <c>or</c>, <c>not(...)</c>, <c>x in [a, b]</c>,
/// parentheses, string/number/boolean/null literals, list literals and variable names (with <c>.member</c>). Anything
/// else — arithmetic, function calls, ranges, filters, names with spaces — is rejected when the form is deployed, so
/// a rule the server cannot evaluate never reaches a reviewer.
/// </summary>
public static class FeelParser
{
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal) { "and", "or", "not", "in", "true", "false", "null" };

    /// <summary>Compiles an expression; a leading <c>=</c> (form-js's marker) is accepted. Throws <see cref="FeelException"/>.</summary>
    public static FeelNode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var offset = 0;
        var trimmed = text.TrimStart();
        if (trimmed.StartsWith('='))
        {
            offset = text.Length - trimmed.Length + 1;
            text = text[offset..];
        }

        try
        {
            var reader = new Reader(FeelLexer.Tokenize(text));
            if (reader.Peek.Kind == FeelTokenKind.End)
            {
                throw new FeelException("Expected an expression, but the text is empty.", 0);
            }

            var node = reader.Disjunction();
            if (reader.Peek.Kind != FeelTokenKind.End)
            {
                throw new FeelException($"Expected the end of the expression, but found '{reader.Peek.Text}'.", reader.Peek.Position);
            }

            return node;
        }
        catch (FeelException e) when (offset > 0)
        {
            throw new FeelException(e.Message, e.Position + offset);
        }
    }

    private sealed class Reader(List<FeelToken> tokens)
    {
        private int _next;

        public FeelToken Peek => tokens[_next];

        private FeelToken Take() => tokens[_next++];

        private bool TakeName(string name)
        {
            if (Peek.Kind == FeelTokenKind.Name && Peek.Text == name)
            {
                _next++;
                return true;
            }

            return false;
        }

        private void Expect(FeelTokenKind kind, string what)
        {
            if (Peek.Kind != kind)
            {
                throw new FeelException($"Expected {what}, but found {Describe(Peek)}.", Peek.Position);
            }

            _next++;
        }

        public FeelNode Disjunction()
        {
            var node = Conjunction();
            while (TakeName("or"))
            {
                node = new FeelOr(node, Conjunction());
            }

            return node;
        }

        private FeelNode Conjunction()
        {
            var node = Comparison();
            while (TakeName("and"))
            {
                node = new FeelAnd(node, Comparison());
            }

            return node;
        }

        private FeelNode Comparison()
        {
            var left = Operand();
            if (Peek.Kind == FeelTokenKind.Operator && Peek.Text != "-")
            {
                var op = Take().Text;
                return new FeelComparison(op, left, Operand());
            }

            if (TakeName("in"))
            {
                if (Peek.Kind != FeelTokenKind.LeftBracket)
                {
                    throw new FeelException($"Expected a list such as [\"a\", \"b\"] after 'in' (ranges and unary tests are not supported), but found {Describe(Peek)}.", Peek.Position);
                }

                return new FeelIn(left, Operand());
            }

            return left;
        }

        private FeelNode Operand()
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
                case FeelTokenKind.LeftParen:
                    var inner = Disjunction();
                    Expect(FeelTokenKind.RightParen, "')'");
                    return inner;
                case FeelTokenKind.LeftBracket:
                    var items = new List<FeelNode>();
                    if (Peek.Kind != FeelTokenKind.RightBracket)
                    {
                        do
                        {
                            items.Add(Operand());
                        }
                        while (Peek.Kind == FeelTokenKind.Comma && Take().Kind == FeelTokenKind.Comma);
                    }

                    Expect(FeelTokenKind.RightBracket, "',' or ']'");
                    return new FeelList(items);
                case FeelTokenKind.Name:
                    return Name(token);
                default:
                    throw new FeelException($"Expected a name, a literal or '(', but found {Describe(token)}.", token.Position);
            }
        }

        private FeelNode Name(FeelToken token)
        {
            switch (token.Text)
            {
                case "true":
                    return new FeelLiteral(true);
                case "false":
                    return new FeelLiteral(false);
                case "null":
                    return new FeelLiteral(null);
                case "not":
                    Expect(FeelTokenKind.LeftParen, "'(' after not");
                    var operand = Disjunction();
                    Expect(FeelTokenKind.RightParen, "')'");
                    return new FeelNot(operand);
                case var reserved when Reserved.Contains(reserved):
                    throw new FeelException($"Expected a name or a literal, but found the keyword '{reserved}'.", token.Position);
            }

            if (Peek.Kind == FeelTokenKind.LeftParen)
            {
                throw new FeelException($"Expected a supported construct, but '{token.Text}(...)' is a function call; only not(...) is supported.", token.Position);
            }

            var path = new List<string> { token.Text };
            while (Peek.Kind == FeelTokenKind.Dot)
            {
                _next++;
                var member = Take();
                if (member.Kind != FeelTokenKind.Name || Reserved.Contains(member.Text))
                {
                    throw new FeelException($"Expected a member name after '.', but found {Describe(member)}.", member.Position);
                }

                path.Add(member.Text);
            }

            if (Peek.Kind == FeelTokenKind.Name && !Reserved.Contains(Peek.Text))
            {
                throw new FeelException($"Expected an operator after '{string.Join('.', path)}', but found the name '{Peek.Text}' (names with spaces are not supported).", Peek.Position);
            }

            return new FeelName(path);
        }

        private static string Describe(FeelToken token) => token.Kind == FeelTokenKind.End ? "the end of the expression" : $"'{token.Text}'";
    }
}
