using System.Xml.Linq;

namespace SocialInsurance.Workflows.Parsing;

internal static class BpmnElement
{
    public static string IdOf(this XElement element) => ((string?)element.Attribute("id"))?.Trim() ?? "";

    public static string? NameOf(this XElement element) => (string?)element.Attribute("name");

    public static string? Camunda(this XElement element, string localName) =>
        NullIfBlank((string?)element.Attribute(BpmnNamespaces.Camunda + localName));

    public static bool IsTrue(this XElement element, XName attribute) =>
        string.Equals(((string?)element.Attribute(attribute))?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The prefixed name as the modeler shows it, e.g. <c>camunda:class</c>.</summary>
    public static string Display(this XElement scope, XName name)
    {
        var prefix = scope.GetPrefixOfNamespace(name.Namespace);
        return string.IsNullOrEmpty(prefix) ? name.LocalName : $"{prefix}:{name.LocalName}";
    }

    /// <summary>"a userTask", "an endEvent": messages name element types in running text.</summary>
    public static string WithArticle(string word) => Validation.Issues.Article(word);

    public static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
