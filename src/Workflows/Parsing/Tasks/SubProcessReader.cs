using System.Xml.Linq;
using SocialInsurance.Workflows.Model.Events;
using SocialInsurance.Workflows.Model.Tasks;
using SocialInsurance.Workflows.Parsing.Extensions;

namespace SocialInsurance.Workflows.Parsing.Tasks;

/// <summary>An embedded sub-process: its content is read like a process, with every node scoped to it.</summary>
internal sealed class SubProcessReader : IElementReader
{
    public string ElementName => "subProcess";

    public void Read(XElement element, ReaderContext context)
    {
        if (element.IsTrue("triggeredByEvent"))
        {
            EventSubProcessReader.Read(element, context);
            return;
        }

        CamundaAttributes.Check(element, context, CamundaAttributes.Async);

        var extensions = ExtensionElementsReader.Read(element, context, ExtensionSupport.InputParameters | ExtensionSupport.OutputParameters);
        var id = element.IdOf();
        var position = context.Nodes.Count;
        context.InScope(id, () => FlowElementsReader.Read(element, context));

        // SubProcessRules reports a missing or repeated start; the model needs a value either way.
        var start = context.Nodes.Skip(position).OfType<StartEvent>().FirstOrDefault(s => s.ScopeId == id && s.IsNone);
        context.Nodes.Insert(position, new SubProcess
        {
            Id = id,
            Name = element.NameOf(),
            ScopeId = context.ScopeId,
            Async = AsyncReader.Read(element, context, extensions),
            StartEventId = start?.Id ?? "",
            LocalInputs = extensions.Inputs,
            Outputs = extensions.Outputs,
        });
    }
}
