using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SocialInsurance.Workflows.Forms.Feel;

namespace SocialInsurance.Workflows.Forms;

/// <summary>
/// Checks a form-js schema and compiles its input fields. Every problem is reported, not only the first. What the
/// server could not enforce is rejected rather than ignored — dynamic option sources, nested data paths, components
/// we do not know, expressions outside <see cref="FeelParser"/>'s subset — because a reviewer would otherwise see a
/// rule in the Studio that the server silently does not check.
/// </summary>
public static partial class FormSchemaReader
{
    private static readonly Dictionary<string, FormFieldKind> InputTypes = new(StringComparer.Ordinal)
    {
        ["textfield"] = FormFieldKind.Text,
        ["textarea"] = FormFieldKind.Text,
        ["datetime"] = FormFieldKind.Text,
        ["number"] = FormFieldKind.Number,
        ["checkbox"] = FormFieldKind.Boolean,
        ["radio"] = FormFieldKind.Choice,
        ["select"] = FormFieldKind.Choice,
        ["checklist"] = FormFieldKind.MultiChoice,
        ["taglist"] = FormFieldKind.MultiChoice,
    };

    /// <summary>Components that show something and submit nothing.</summary>
    private static readonly HashSet<string> PresentationTypes = new(StringComparer.Ordinal) { "text", "html", "image", "spacer", "separator", "button" };

    private static readonly HashSet<string> ValidateProperties = new(StringComparer.Ordinal) { "required", "minLength", "maxLength", "min", "max", "pattern", "validationType" };

    /// <summary>Patterns come from administrators; a bound on matching keeps a catastrophic one from holding a request thread.</summary>
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(200);

    public static (FormSchema? Schema, IReadOnlyList<FormIssue> Issues) Read(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException e)
        {
            return (null, [new FormIssue("$", $"不是有效的 JSON：{e.Message}", $"Expected valid JSON, but: {e.Message}")]);
        }

        return Read(root);
    }

    public static (FormSchema? Schema, IReadOnlyList<FormIssue> Issues) Read(JsonNode? root)
    {
        var issues = new List<FormIssue>();
        if (root is not JsonObject document)
        {
            return (null, [new FormIssue("$", "表单定义须为 JSON 对象", "Expected a JSON object")]);
        }

        if (document["components"] is not JsonArray components)
        {
            return (null, [new FormIssue("components", "表单定义须包含 components 数组", "Expected a 'components' array")]);
        }

        var fields = new List<FormField>();
        ReadComponents(components, "components", [], fields, issues);
        foreach (var duplicate in fields.GroupBy(f => f.Key, StringComparer.Ordinal).SelectMany(g => g.Skip(1)))
        {
            issues.Add(new FormIssue($"{duplicate.Path}.key", $"字段键 \"{duplicate.Key}\" 重复", $"Expected unique keys, but \"{duplicate.Key}\" is already used by another component"));
        }

        return issues.Count > 0 ? (null, issues) : (new FormSchema(fields), issues);
    }

    private static void ReadComponents(JsonArray components, string path, IReadOnlyList<FeelNode> hiddenBy, List<FormField> fields, List<FormIssue> issues)
    {
        for (var i = 0; i < components.Count; i++)
        {
            var at = $"{path}[{i}]";
            if (components[i] is not JsonObject component)
            {
                issues.Add(new FormIssue(at, "组件须为 JSON 对象", "Expected a component object"));
                continue;
            }

            var type = Text(component["type"]);
            var hide = Expression(component["conditional"] is JsonObject conditional ? conditional["hide"] : null, $"{at}.conditional.hide", issues);
            if (component["conditional"] is { } c && c is not JsonObject)
            {
                issues.Add(new FormIssue($"{at}.conditional", "conditional 须为对象", "Expected 'conditional' to be an object"));
            }

            IReadOnlyList<FeelNode> hidden = hide is null ? hiddenBy : [.. hiddenBy, hide];
            if (type == "group")
            {
                if (Text(component["path"]) is { Length: > 0 })
                {
                    issues.Add(new FormIssue($"{at}.path", "不支持带数据路径的分组", "Expected a group without a data path: nested data is not supported"));
                }

                if (component["components"] is JsonArray children)
                {
                    ReadComponents(children, $"{at}.components", hidden, fields, issues);
                }
            }
            else if (type is not null && InputTypes.TryGetValue(type, out var kind))
            {
                if (ReadField(component, type, kind, at, hidden, issues) is { } field)
                {
                    fields.Add(field);
                }
            }
            else if (type is null || !PresentationTypes.Contains(type))
            {
                issues.Add(new FormIssue($"{at}.type",
                    $"不支持的组件类型 \"{type}\"",
                    $"Expected a supported component type (textfield, textarea, datetime, number, checkbox, radio, select, checklist, taglist, group, text, html, image, spacer, separator, button), but found \"{type}\""));
            }
        }
    }

    private static FormField? ReadField(JsonObject component, string type, FormFieldKind kind, string at, IReadOnlyList<FeelNode> hidden, List<FormIssue> issues)
    {
        var key = Text(component["key"]);
        if (string.IsNullOrWhiteSpace(key))
        {
            issues.Add(new FormIssue($"{at}.key", "输入组件须有非空的 key", "Expected an input component to have a non-empty key"));
        }
        else if (!KeyShape().IsMatch(key))
        {
            issues.Add(new FormIssue($"{at}.key", $"key \"{key}\" 须由字母、数字和下划线组成，且不以数字开头",
                $"Expected key \"{key}\" to be letters, digits and '_' not starting with a digit (nested paths are not supported)"));
        }

        var values = new List<JsonNode?>();
        if (kind is FormFieldKind.Choice or FormFieldKind.MultiChoice)
        {
            ReadValues(component, at, values, issues);
        }

        var validate = component["validate"] as JsonObject;
        if (component["validate"] is { } v && v is not JsonObject)
        {
            issues.Add(new FormIssue($"{at}.validate", "validate 须为对象", "Expected 'validate' to be an object"));
        }

        bool required = false;
        FeelNode? requiredWhen = null;
        int? minLength = null, maxLength = null;
        decimal? min = null, max = null;
        Regex? pattern = null;
        if (validate is not null)
        {
            foreach (var property in validate.Where(p => !ValidateProperties.Contains(p.Key)))
            {
                issues.Add(new FormIssue($"{at}.validate.{property.Key}", $"不支持的校验规则 \"{property.Key}\"", $"Expected a supported rule (required, minLength, maxLength, min, max, pattern, validationType), but found \"{property.Key}\""));
            }

            switch (validate["required"])
            {
                case null:
                    break;
                case JsonValue r when r.GetValueKind() is JsonValueKind.True or JsonValueKind.False:
                    required = r.GetValue<bool>();
                    break;
                case JsonValue r when r.GetValueKind() == JsonValueKind.String:
                    requiredWhen = Expression(r, $"{at}.validate.required", issues);
                    break;
                default:
                    issues.Add(new FormIssue($"{at}.validate.required", "required 须为布尔值或 FEEL 表达式", "Expected 'required' to be true, false or a FEEL expression"));
                    break;
            }

            minLength = Length(validate, "minLength", kind, at, issues);
            maxLength = Length(validate, "maxLength", kind, at, issues);
            min = Bound(validate, "min", kind, at, issues);
            max = Bound(validate, "max", kind, at, issues);
            pattern = Pattern(validate, kind, at, issues);
        }

        var disabled = component["disabled"] is JsonValue d && d.GetValueKind() == JsonValueKind.True;
        // A field with other problems is still returned, so a duplicate key is reported too; the schema as a whole is
        // refused when any issue exists.
        return string.IsNullOrWhiteSpace(key)
            ? null
            : new FormField(key, type, kind, Text(component["label"]))
            {
                Hide = hidden, Required = required, RequiredWhen = requiredWhen, Values = values,
                MinLength = minLength, MaxLength = maxLength, Min = min, Max = max, Pattern = pattern, Disabled = disabled, Path = at,
            };
    }

    private static void ReadValues(JsonObject component, string at, List<JsonNode?> values, List<FormIssue> issues)
    {
        if (component["valuesKey"] is not null || component["valuesExpression"] is not null)
        {
            issues.Add(new FormIssue($"{at}.values", "选项须在表单中静态列出（不支持 valuesKey、valuesExpression）",
                "Expected static 'values': options from valuesKey or valuesExpression cannot be checked by the server"));
            return;
        }

        if (component["values"] is not JsonArray options || options.Count == 0)
        {
            issues.Add(new FormIssue($"{at}.values", "单选、下拉和多选组件须列出 values 选项", "Expected a non-empty 'values' array for radio, select, checklist and taglist"));
            return;
        }

        for (var i = 0; i < options.Count; i++)
        {
            if (options[i] is JsonObject option && option["value"] is JsonValue value
                && value.GetValueKind() is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
            {
                if (values.Any(existing => JsonNode.DeepEquals(existing, value)))
                {
                    issues.Add(new FormIssue($"{at}.values[{i}].value", $"选项值 {value.ToJsonString()} 重复", $"Expected distinct option values, but {value.ToJsonString()} repeats"));
                }

                values.Add(value.DeepClone());
            }
            else
            {
                issues.Add(new FormIssue($"{at}.values[{i}]", "选项须为带 value（字符串、数字或布尔值）的对象", "Expected an option object with a string, number or boolean 'value'"));
            }
        }
    }

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

    private static FeelNode? Expression(JsonNode? node, string path, List<FormIssue> issues)
    {
        if (node is null)
        {
            return null;
        }

        if (Text(node) is not { } text)
        {
            issues.Add(new FormIssue(path, "须为 FEEL 表达式字符串", "Expected a FEEL expression string"));
            return null;
        }

        if (!text.TrimStart().StartsWith('='))
        {
            issues.Add(new FormIssue(path, $"表达式须以 \"=\" 开头：{text}", $"Expected a FEEL expression starting with '=', but found \"{text}\""));
            return null;
        }

        try
        {
            return FeelParser.Parse(text);
        }
        catch (FeelException e)
        {
            issues.Add(new FormIssue(path, $"无法计算的表达式 \"{text}\"（第 {e.Position + 1} 个字符）：{e.Message}",
                $"Expected an expression in the supported FEEL subset, but \"{text}\" at character {e.Position + 1}: {e.Message}"));
            return null;
        }
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex KeyShape();
}
