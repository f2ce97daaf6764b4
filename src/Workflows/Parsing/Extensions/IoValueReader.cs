using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using SocialInsurance.Workflows.Expressions;
using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Validation;

namespace SocialInsurance.Workflows.Parsing.Extensions;

/// <summary>
/// The value of an input or output parameter: text (a literal, one <c>${...}</c>, or a template mixing both),
/// <c>camunda:list</c>, <c>camunda:map</c> (nested freely), or a JavaScript <c>camunda:script</c>. Lists and maps
/// are compiled here into one JavaScript expression building the array or object, so at run time a parameter is
/// always one expression or one script, evaluated in the sandbox like every other.
/// </summary>
internal static class IoValueReader
{
    private static readonly XNamespace Camunda = BpmnNamespaces.Camunda;

    /// <summary>The parameter, or an "Expected …" reason why its value cannot be run here.</summary>
    public static (IoParameter? Parameter, string? Problem) Read(string name, XElement parameter)
    {
        var nested = parameter.Elements().ToList();
        if (nested.Count == 0)
            return (new IoParameter(name, parameter.Value.Trim()), null);
        if (nested.Count > 1)
            return (null, $"Expected one value in parameter '{name}', but found {nested.Count}");

        var value = nested[0];
        if (value.Name == Camunda + "script")
        {
            var format = (string?)value.Attribute("scriptFormat");
            if (!JavaScriptSyntax.IsJavaScript(format) || value.Attribute("resource") is not null)
                return (null, $"Expected an inline JavaScript script in parameter '{name}', but found " +
                    (value.Attribute("resource") is not null ? "an external resource" : $"scriptFormat '{format}'"));
            return JavaScriptSyntax.ScriptError(value.Value) is { } error
                ? (null, $"Expected the script of parameter '{name}' to be JavaScript, but {error}")
                : (new IoParameter(name, value.Value, IsScript: true), null);
        }

        var builder = new StringBuilder("${");
        var problem = Append(builder, value, name);
        return problem is null ? (new IoParameter(name, builder.Append('}').ToString()), null) : (null, problem);
    }

    private static string? Append(StringBuilder js, XElement value, string name)
    {
        if (value.Name == Camunda + "list")
        {
            js.Append('[');
            foreach (var (item, index) in value.Elements().Select((e, i) => (e, i)))
            {
                if (index > 0) js.Append(", ");
                if (AppendItem(js, item, name) is { } problem) return problem;
            }

            js.Append(']');
            return null;
        }

        if (value.Name == Camunda + "map")
        {
            js.Append("({");
            foreach (var (entry, index) in value.Elements().Select((e, i) => (e, i)))
            {
                if (entry.Name != Camunda + "entry" || (string?)entry.Attribute("key") is not { } key)
                    return $"Expected camunda:entry elements with a key in the map of parameter '{name}', but found {entry.Name.LocalName}";
                if (index > 0) js.Append(", ");
                js.Append(JsonSerializer.Serialize(key)).Append(": ");
                if (AppendItem(js, entry, name) is { } problem) return problem;
            }

            js.Append("})");
            return null;
        }

        return $"Expected text, camunda:list, camunda:map or camunda:script in parameter '{name}', but found {value.Name.LocalName}";
    }

    /// <summary>A list item (a value, or a list or map itself) or a map entry: a nested list or map, else its text.</summary>
    private static string? AppendItem(StringBuilder js, XElement item, string name)
    {
        if (item.Name == Camunda + "list" || item.Name == Camunda + "map")
            return Append(js, item, name);
        if (item.Elements().FirstOrDefault() is { } nested)
            return nested.Name == Camunda + "script"
                ? $"Expected values in the list or map of parameter '{name}', but found a script (only a whole parameter can be a script)"
                : Append(js, nested, name);
        if (item.Name != Camunda + "value" && item.Name != Camunda + "entry")
            return $"Expected camunda:value elements in the list of parameter '{name}', but found {item.Name.LocalName}";
        js.Append(Text(item.Value.Trim()));
        return null;
    }

    /// <summary>A literal as a string literal, one <c>${...}</c> as its expression, a template as a concatenation.</summary>
    private static string Text(string text)
    {
        if (!ExpressionText.HasPlaceholder(text))
            return JsonSerializer.Serialize(text);
        if (ExpressionText.TryUnwrap(text, out var inner))
            return "(" + inner + ")";
        return "(" + string.Join(" + ", ExpressionText.ParseTemplate(text).Select(part => part.IsExpression
            ? "String((" + part.Text + ") ?? '')"
            : JsonSerializer.Serialize(part.Text))) + ")";
    }
}
