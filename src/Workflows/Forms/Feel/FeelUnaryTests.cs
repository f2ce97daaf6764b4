namespace SocialInsurance.Workflows.Forms.Feel;

/// <summary>
/// A decision table's input entry: FEEL simple unary tests, checked against the input value. Supported: <c>-</c> (any
/// value); a comma-separated list of tests, any of which may match; <c>not(...)</c> around such a list; a test is an
/// endpoint (equality), a comparison <c>&lt; &lt;= &gt; &gt;= = !=</c> followed by an endpoint, an interval
/// <c>[a..b]</c> with <c>[ ( ]</c> and <c>] ) [</c> for closed and open ends, or <c>null</c>. An endpoint is a string,
/// a number (negative too), <c>true</c>/<c>false</c>, <c>date("yyyy-MM-dd")</c> or a variable name (<c>a.b</c>).
/// Full FEEL unary expressions (<c>? &gt; 5</c>, function calls, arithmetic) are rejected at deploy.
/// </summary>
public sealed class FeelUnaryTests
{
    private readonly IReadOnlyList<UnaryTest> _tests;
    private readonly bool _negated;

    private FeelUnaryTests(IReadOnlyList<UnaryTest> tests, bool negated)
    {
        _tests = tests;
        _negated = negated;
    }

    /// <summary>True for <c>-</c> or an empty cell: the rule does not care about this input.</summary>
    public bool MatchesAnything => _tests.Count == 0;

    /// <summary>
    /// Whether the input satisfies the tests. A test between values of different types does not match (FEEL gives
    /// null, and a rule matches only on true), so <c>not("a")</c> against a number matches: nothing in it was true.
    /// </summary>
    public bool Matches(object? input, Func<string, object?> resolve)
    {
        if (MatchesAnything)
        {
            return true;
        }

        var any = _tests.Any(t => t.Matches(input, resolve) == true);
        return _negated ? !any : any;
    }

    /// <summary>Compiles the text of an input entry. Throws <see cref="FeelException"/> with the offset of the problem.</summary>
    public static FeelUnaryTests Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim() == "-")
        {
            return new FeelUnaryTests([], negated: false);
        }

        var reader = new UnaryTestReader(FeelLexer.Tokenize(text));
        var result = reader.ReadAll();
        return new FeelUnaryTests(result.Tests, result.Negated);
    }

    internal abstract record UnaryTest
    {
        public abstract bool? Matches(object? input, Func<string, object?> resolve);
    }

    internal sealed record ComparisonTest(string Operator, FeelNode Endpoint) : UnaryTest
    {
        public override bool? Matches(object? input, Func<string, object?> resolve)
        {
            var endpoint = Endpoint.Evaluate(resolve);
            if (Operator is "=" or "!=")
            {
                var equal = FeelComparison.AreEqual(input, endpoint);
                return Operator == "=" ? equal : !equal;
            }

            return FeelComparison.Order(input, endpoint) is int order
                ? Operator switch { "<" => order < 0, "<=" => order <= 0, ">" => order > 0, _ => order >= 0 }
                : null;
        }
    }

    internal sealed record IntervalTest(FeelNode Low, bool LowClosed, FeelNode High, bool HighClosed) : UnaryTest
    {
        public override bool? Matches(object? input, Func<string, object?> resolve)
        {
            if (FeelComparison.Order(input, Low.Evaluate(resolve)) is not int low
                || FeelComparison.Order(input, High.Evaluate(resolve)) is not int high)
            {
                return null;
            }

            return (LowClosed ? low >= 0 : low > 0) && (HighClosed ? high <= 0 : high < 0);
        }
    }
}
