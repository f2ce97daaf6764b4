using System.Xml.Linq;

namespace SocialInsurance.Workflows.Parsing;

/// <summary>Rejects BPMN content inside an element that its reader does not compile (loops, nested definitions).</summary>
internal static class ChildElements
{
    private static readonly HashSet<string> Common = ["incoming", "outgoing", "documentation", "extensionElements"];

    /// <summary>
    /// BPMN data wiring. Variables live in the instance's scope and tasks read and write them directly, so these
    /// declarations carry nothing the engine would execute; they are ignored rather than rejected so that diagrams
    /// documenting data still deploy.
    /// </summary>
    public static readonly HashSet<string> DataOnly =
        ["dataInputAssociation", "dataOutputAssociation", "ioSpecification", "property"];

    public static void Check(XElement element, ReaderContext context, params IEnumerable<string> handled)
    {
        foreach (var child in element.Elements().Where(c => c.Name.Namespace == BpmnNamespaces.Bpmn))
        {
            var name = child.Name.LocalName;
            if (Common.Contains(name) || DataOnly.Contains(name) || handled.Contains(name) || name == MultiInstanceReader.ElementName)
                continue;
            context.Report(element, "unsupported-element", IsLoop(name)
                ? $"Expected a single-instance activity, but it has {name} (standard loops are not supported; multi-instance is)"
                : $"Expected only supported content in {BpmnElement.WithArticle(element.Name.LocalName)}, but found {name}");
        }
    }

    public static bool IsLoop(string localName) => localName.EndsWith("LoopCharacteristics", StringComparison.Ordinal);
}
