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