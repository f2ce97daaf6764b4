using System.Xml.Linq;

namespace SocialInsurance.Workflows.Parsing;

/// <summary>Reads the flow elements of a process or an embedded sub-process through the registry.</summary>
internal static class FlowElementsReader
{
    public static void Read(XElement container, ReaderContext context)
    {
        foreach (var child in container.Elements().Where(c => c.Name.Namespace == BpmnNamespaces.Bpmn))
        {
            var name = child.Name.LocalName;
            if (ElementReaderRegistry.TryGet(name, out var reader))
            {
                reader.Read(child, context);
                MultiInstanceReader.Apply(child, context);
                Events.CompensationEventReader.ApplyHandlerMarker(child, context);
            }
            else if (name == MultiInstanceReader.ElementName)
                continue; // the sub-process's own loop, read by MultiInstanceReader
            else if (ChildElements.IsLoop(name))
                context.Report(container, "unsupported-element",
                    $"Expected a single-instance activity, but it has {name} (standard loops are not supported; multi-instance is)");
            else if (!ElementReaderRegistry.IsIgnored(name))
            {
                context.Report(child, "unsupported-element",
                    $"Expected one of {string.Join(", ", ElementReaderRegistry.SupportedNames)}, but found {name}");
                context.AddUnsupported(child);
            }
        }
    }
}
