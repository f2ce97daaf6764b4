using System.Xml.Linq;
using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Parsing.Extensions;
using SocialInsurance.Workflows.Validation;

namespace SocialInsurance.Workflows.Parsing;

internal static class ProcessReader
{
    public static ProcessDraft Read(XElement process, ReaderContext context)
    {
        if (process.IdOf().Length == 0)
            context.Report(process, "missing-id", "Expected an id on the process (instances are started by it), but it has none");
        // candidateStarterGroups/-Users are rejected with the other unknown attributes: dropping them would let anyone start it.
        CamundaAttributes.Check(process, context);
        ExtensionElementsReader.Read(process, context);
        FlowElementsReader.Read(process, context);

        foreach (var element in process.Descendants().Where(IsFlowElementWithoutId))
            context.Report(element, "missing-id", $"Expected an id on the {element.Name.LocalName}, but it has none");

        return new ProcessDraft(process.IdOf(), process.NameOf(), Link(context.Nodes, context.Flows), context.Flows,
            context.ReportedIds)
        {
            VersionTag = process.Camunda("versionTag"),
        };
    }

    /// <summary>Incoming and outgoing come from the flows' source and target, in document order; bpmn:incoming is redundant.</summary>
    private static List<FlowNode> Link(List<FlowNode> nodes, List<SequenceFlow> flows)
    {
        var incoming = flows.ToLookup(f => f.TargetId, f => f.Id, StringComparer.Ordinal);
        var outgoing = flows.ToLookup(f => f.SourceId, f => f.Id, StringComparer.Ordinal);
        return nodes.Select(n => n with { Incoming = incoming[n.Id].ToArray(), Outgoing = outgoing[n.Id].ToArray() }).ToList();
    }

    private static bool IsFlowElementWithoutId(XElement element) =>
        element.Name.Namespace == BpmnNamespaces.Bpmn
        && ElementReaderRegistry.TryGet(element.Name.LocalName, out _)
        && element.IdOf().Length == 0;
}
