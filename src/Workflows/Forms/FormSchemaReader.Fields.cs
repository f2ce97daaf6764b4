using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SocialInsurance.Workflows.Forms.Feel;

namespace SocialInsurance.Workflows.Forms;

/// <summary>One input field: its key, its options and the validate block it carries.</summary>
public static partial class FormSchemaReader
{
    private static readonly HashSet<string> ValidateProperties = new(StringComparer.Ordinal) { "required", "minLength", "maxLength", "min", "max", "pattern", "validationType" };

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
}
