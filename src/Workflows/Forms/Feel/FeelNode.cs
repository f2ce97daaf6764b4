using System.Globalization;

namespace SocialInsurance.Workflows.Forms.Feel;

/// <summary>
/// A compiled expression. Values are <c>null</c>, <see cref="string"/>, <see cref="decimal"/>, <see cref="bool"/> or a
/// list of values. As in FEEL, comparing values of different types (or ordering against null) gives null, and
/// <c>and</c>/<c>or</c> are three-valued; callers decide what null means (form-js: not hidden, not required).
/// </summary>
public abstract record FeelNode
{
    public abstract object? Evaluate(Func<string, object?> resolve);
}

internal sealed record FeelLiteral(object? Value) : FeelNode
{
    public override object? Evaluate(Func<string, object?> resolve) => Value;
}

internal sealed record FeelName(IReadOnlyList<string> Path) : FeelNode
{
    public override object? Evaluate(Func<string, object?> resolve)
    {
        var value = resolve(Path[0]);
        foreach (var member in Path.Skip(1))
        {
            value = value is IReadOnlyDictionary<string, object?> context && context.TryGetValue(member, out var inner) ? inner : null;
        }

        return value;
    }
}

internal sealed record FeelList(IReadOnlyList<FeelNode> Items) : FeelNode
{
    public override object? Evaluate(Func<string, object?> resolve) => Items.Select(i => i.Evaluate(resolve)).ToList();
}

internal sealed record FeelNot(FeelNode Operand) : FeelNode
{
    public override object? Evaluate(Func<string, object?> resolve) => Operand.Evaluate(resolve) is bool b ? !b : null;
}

internal sealed record FeelAnd(FeelNode Left, FeelNode Right) : FeelNode
{
    public override object? Evaluate(Func<string, object?> resolve)
    {
        var left = Left.Evaluate(resolve) as bool?;
        if (left == false)
        {
            return false;
        }

        var right = Right.Evaluate(resolve) as bool?;
        return right == false ? false : left == true && right == true ? true : null;
    }
}

internal sealed record FeelOr(FeelNode Left, FeelNode Right) : FeelNode
{
    public override object? Evaluate(Func<string, object?> resolve)
    {
        var left = Left.Evaluate(resolve) as bool?;
        if (left == true)
        {
            return true;
        }

        var right = Right.Evaluate(resolve) as bool?;
        return right == true ? true : left == false && right == false ? false : null;
    }
}

internal sealed record FeelIn(FeelNode Value, FeelNode List) : FeelNode
{
    public override object? Evaluate(Func<string, object?> resolve)
    {
        var value = Value.Evaluate(resolve);
        return List.Evaluate(resolve) is IEnumerable<object?> items ? items.Any(item => FeelComparison.AreEqual(value, item) == true) : null;
    }
}

internal sealed record FeelComparison(string Operator, FeelNode Left, FeelNode Right) : FeelNode
{
    public override object? Evaluate(Func<string, object?> resolve)
    {
        var left = Left.Evaluate(resolve);
        var right = Right.Evaluate(resolve);
        return Operator switch
        {
            "=" => AreEqual(left, right),
            "!=" => AreEqual(left, right) is bool equal ? !equal : null,
            _ => Order(left, right) is int order
                ? Operator switch { "<" => order < 0, "<=" => order <= 0, ">" => order > 0, _ => order >= 0 }
                : null,
        };
    }

    internal static bool? AreEqual(object? left, object? right) => (left, right) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
        (decimal a, decimal b) => a == b,
        (bool a, bool b) => a == b,
        (DateOnly a, DateOnly b) => a == b,
        (IReadOnlyList<object?> a, IReadOnlyList<object?> b) => a.Count == b.Count && a.Zip(b).All(p => AreEqual(p.First, p.Second) == true),
        _ => null,
    };

    internal static int? Order(object? left, object? right) => (left, right) switch
    {
        (decimal a, decimal b) => a.CompareTo(b),
        (string a, string b) => string.CompareOrdinal(a, b),
        (DateOnly a, DateOnly b) => a.CompareTo(b),
        _ => null,
    };

    internal static decimal ParseNumber(string text, int position) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FeelException($"Expected a number, but found '{text}'.", position);
}
