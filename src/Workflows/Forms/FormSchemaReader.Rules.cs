using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SocialInsurance.Workflows.Forms.Feel;

namespace SocialInsurance.Workflows.Forms;

/// <summary>
/// The rules of a validate block the server enforces on submission: lengths for text, bounds for numbers, a pattern
/// (or validationType) for text. A rule on a field of the wrong kind is reported, not dropped.
/// </summary>
public static partial class FormSchemaReader
{
    /// <summary>Patterns come from administrators; a bound on matching keeps a catastrophic one from holding a request thread.</summary>
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(200);

    private static int? Length(JsonObject validate, string name, FormFieldKind kind, string at, List<FormIssue> issues)
    {
        if (validate[name] is not { } node)
        {
            return null;
        }

        if (kind != FormFieldKind.Text)
        {
            issues.Add(new FormIssue($"{at}.validate.{name}", $"{name} 只适用于文本字段", $"Expected {name} only on text fields"));
            return null;
        }

        if (node is JsonValue value && value.TryGetValue<int>(out var length) && length >= 0)
        {
            return length;
        }

        issues.Add(new FormIssue($"{at}.validate.{name}", $"{name} 须为非负整数", $"Expected {name} to be a non-negative integer"));
        return null;
    }

    private static decimal? Bound(JsonObject validate, string name, FormFieldKind kind, string at, List<FormIssue> issues)
    {
        if (validate[name] is not { } node)
        {
            return null;
        }

        if (kind != FormFieldKind.Number)
        {
            issues.Add(new FormIssue($"{at}.validate.{name}", $"{name} 只适用于数字字段", $"Expected {name} only on number fields"));
            return null;
        }

        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number)
        {
            return FeelValues.Number(value);
        }

        issues.Add(new FormIssue($"{at}.validate.{name}", $"{name} 须为数字", $"Expected {name} to be a number"));
        return null;
    }

    private static Regex? Pattern(JsonObject validate, FormFieldKind kind, string at, List<FormIssue> issues)
    {
        var pattern = validate["pattern"];
        var validationType = Text(validate["validationType"]);
        if (pattern is null && validationType is null)
        {
            return null;
        }

        if (kind != FormFieldKind.Text)
        {
            issues.Add(new FormIssue($"{at}.validate.pattern", "pattern 与 validationType 只适用于文本字段", "Expected pattern and validationType only on text fields"));
            return null;
        }

        var text = validationType switch
        {
            null => Text(pattern),
            "email" => @"^[^\s@]+@[^\s@]+\.[^\s@]+$",
            "phone" => @"^\+?[0-9][0-9 \-]{5,19}$",
            _ => null,
        };
        if (validationType is not (null or "email" or "phone"))
        {
            issues.Add(new FormIssue($"{at}.validate.validationType", $"不支持的 validationType \"{validationType}\"", $"Expected validationType email or phone, but found \"{validationType}\""));
            return null;
        }

        try
        {
            return text is null ? throw new ArgumentException("not a string") : new Regex(text, RegexOptions.CultureInvariant, PatternTimeout);
        }
        catch (ArgumentException e)
        {
            issues.Add(new FormIssue($"{at}.validate.pattern", $"pattern 不是有效的正则表达式：{e.Message}", $"Expected a valid regular expression, but: {e.Message}"));
            return null;
        }
    }
}
