using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SocialInsurance.Workflows.Forms.Feel;

namespace SocialInsurance.Workflows.Forms;

/// <summary>What a completion may write: the values of visible fields, or every problem keyed by component key.</summary>
public sealed record FormSubmissionResult(JsonObject Accepted, IReadOnlyList<FormIssue> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// Checks submitted form data against a compiled schema, as the form-js viewer would, because the server never trusts
/// the client. Conditions see the process variables overlaid with the submitted values (form-js initialises a form
/// from the variables). A hidden field is neither checked nor written: form-js drops its value, and a value sent for it
/// anyway would be a variable no reviewer saw.
/// </summary>
public static class FormSubmission
{
    public static FormSubmissionResult Validate(FormSchema schema, JsonObject body, JsonObject? variables = null)
    {
        var errors = new List<FormIssue>();
        foreach (var (name, _) in body)
        {
            var field = schema.Field(name);
            if (field is null)
            {
                errors.Add(new FormIssue(name, "表单中没有该字段", "Unknown field: the task's form has no such field"));
            }
            else if (field.Disabled)
            {
                errors.Add(new FormIssue(name, "该字段不可填写", "This field is disabled and cannot be submitted"));
            }
        }

        var data = variables?.DeepClone().AsObject() ?? [];
        foreach (var field in schema.Fields)
        {
            data[field.Key] = body.TryGetPropertyValue(field.Key, out var value) ? value?.DeepClone() : null;
        }

        var hidden = HiddenFields(schema, data);
        var resolve = FeelValues.Resolver(data);
        var accepted = new JsonObject();
        foreach (var field in schema.Fields.Where(f => !hidden.Contains(f.Key) && !f.Disabled))
        {
            body.TryGetPropertyValue(field.Key, out var value);
            var required = field.Required || field.RequiredWhen?.Evaluate(resolve) is true;
            if (IsEmpty(value, field.Kind))
            {
                if (required)
                {
                    errors.Add(field.Kind == FormFieldKind.Boolean
                        ? new FormIssue(field.Key, $"须勾选“{field.Label ?? field.Key}”", $"{field.Label ?? field.Key} must be ticked")
                        : new FormIssue(field.Key, $"请填写“{field.Label ?? field.Key}”", $"{field.Label ?? field.Key} is required"));
                }

                if (value is not null)
                {
                    accepted[field.Key] = value.DeepClone();
                }

                continue;
            }

            var before = errors.Count;
            Check(field, value!, errors);
            if (errors.Count == before)
            {
                accepted[field.Key] = value!.DeepClone();
            }
        }

        return new FormSubmissionResult(accepted, errors);
    }

    /// <summary>
    /// A field hidden by its condition has no value, which may in turn hide or show others; repeat until nothing
    /// changes (at most once per field, since each round can only hide more).
    /// </summary>
    private static HashSet<string> HiddenFields(FormSchema schema, JsonObject data)
    {
        var hidden = new HashSet<string>(StringComparer.Ordinal);
        for (var round = 0; round <= schema.Fields.Count; round++)
        {
            var resolve = FeelValues.Resolver(data);
            var now = schema.Fields.Where(f => f.Hide.Any(h => h.Evaluate(resolve) is true)).Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
            if (now.SetEquals(hidden))
            {
                break;
            }

            hidden = now;
            foreach (var key in hidden)
            {
                data[key] = null;
            }
        }

        return hidden;
    }

    private static bool IsEmpty(JsonNode? value, FormFieldKind kind) => value switch
    {
        null => true,
        JsonValue v when kind == FormFieldKind.Boolean => v.GetValueKind() == JsonValueKind.False,
        JsonArray array => array.Count == 0,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => string.IsNullOrWhiteSpace(v.GetValue<string>()),
        _ => false,
    };

    private static void Check(FormField field, JsonNode value, List<FormIssue> errors)
    {
        var name = field.Label ?? field.Key;
        switch (field.Kind)
        {
            case FormFieldKind.Text when value is JsonValue v && v.GetValueKind() == JsonValueKind.String:
                CheckText(field, name, v.GetValue<string>(), errors);
                break;
            case FormFieldKind.Number when value is JsonValue v && v.GetValueKind() == JsonValueKind.Number:
                var number = FeelValues.Number(v);
                if (field.Min is { } min && number < min)
                {
                    errors.Add(new FormIssue(field.Key, $"“{name}”不能小于 {min}", $"{name} must be at least {min}"));
                }

                if (field.Max is { } max && number > max)
                {
                    errors.Add(new FormIssue(field.Key, $"“{name}”不能大于 {max}", $"{name} must be at most {max}"));
                }

                break;
            case FormFieldKind.Boolean when value is JsonValue v && v.GetValueKind() is JsonValueKind.True:
                break;
            case FormFieldKind.Choice when value is JsonValue:
                if (!field.Values.Any(option => JsonNode.DeepEquals(option, value)))
                {
                    errors.Add(new FormIssue(field.Key, $"“{name}”须为以下之一：{Options(field)}", $"{name} must be one of: {Options(field)}"));
                }

                break;
            case FormFieldKind.MultiChoice when value is JsonArray items:
                if (items.Any(item => !field.Values.Any(option => JsonNode.DeepEquals(option, item))))
                {
                    errors.Add(new FormIssue(field.Key, $"“{name}”的每一项须为以下之一：{Options(field)}", $"Each item of {name} must be one of: {Options(field)}"));
                }
                else if (items.Count != items.Select(i => i!.ToJsonString()).Distinct(StringComparer.Ordinal).Count())
                {
                    errors.Add(new FormIssue(field.Key, $"“{name}”的选项不能重复", $"{name} must not list an option twice"));
                }

                break;
            default:
                errors.Add(new FormIssue(field.Key, $"“{name}”的值类型不对（应为{ZhKind(field.Kind)}）", $"{name} must be {EnKind(field.Kind)}"));
                break;
        }
    }

    private static void CheckText(FormField field, string name, string text, List<FormIssue> errors)
    {
        if (field.MinLength is { } minLength && text.Length < minLength)
        {
            errors.Add(new FormIssue(field.Key, $"“{name}”至少 {minLength} 个字", $"{name} must be at least {minLength} characters"));
        }

        if (field.MaxLength is { } maxLength && text.Length > maxLength)
        {
            errors.Add(new FormIssue(field.Key, $"“{name}”不能超过 {maxLength} 个字", $"{name} must be at most {maxLength} characters"));
        }

        if (field.Pattern is { } pattern)
        {
            bool matches;
            try
            {
                matches = pattern.IsMatch(text);
            }
            catch (RegexMatchTimeoutException)
            {
                matches = false;
            }

            if (!matches)
            {
                errors.Add(new FormIssue(field.Key, $"“{name}”的格式不正确", $"{name} does not have the expected format"));
            }
        }
    }

    private static string Options(FormField field) => string.Join(", ", field.Values.Select(v => v is JsonValue s && s.GetValueKind() == JsonValueKind.String ? s.GetValue<string>() : v?.ToJsonString()));

    private static string ZhKind(FormFieldKind kind) => kind switch
    {
        FormFieldKind.Text => "文本",
        FormFieldKind.Number => "数字",
        FormFieldKind.Boolean => "布尔值",
        FormFieldKind.Choice => "单个选项",
        _ => "选项列表",
    };

    private static string EnKind(FormFieldKind kind) => kind switch
    {
        FormFieldKind.Text => "a string",
        FormFieldKind.Number => "a number",
        FormFieldKind.Boolean => "true or false",
        FormFieldKind.Choice => "a single option",
        _ => "a list of options",
    };
}
