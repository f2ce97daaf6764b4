using System.Xml.Linq;
using SocialInsurance.Workflows.Model.Events;
using SocialInsurance.Workflows.Parsing.Extensions;

namespace SocialInsurance.Workflows.Parsing.Events;

internal sealed class IntermediateThrowEventReader : IElementReader
{
    public string ElementName => "intermediateThrowEvent";

    public void Read(XElement element, ReaderContext context)
    {
        CamundaAttributes.Check(element, context, CamundaAttributes.Async);
        ChildElements.Check(element, context, EventDefinitionReader.AllNames);
        var extensions = ExtensionElementsReader.Read(
            element, context, ExtensionSupport.InputParameters | ExtensionSupport.OutputParameters);
        var definition = EventDefinitionReader.Read(
            element, context, EventDefinitionKinds.Message | EventDefinitionKinds.Link | EventDefinitionKinds.Escalation | EventDefinitionKinds.Signal | EventDefinitionKinds.Compensation, extensions, required: false);
        if (!definition.Ok)
        {
            context.AddUnsupported(element);
            return;
        }

        context.Nodes.Add(new IntermediateThrowEvent
        {
            Id = element.IdOf(),
            Name = element.NameOf(),
            ScopeId = context.ScopeId,
            Async = AsyncReader.Read(element, context, extensions),
            Implementation = definition.Implementation,
            Link = definition.Definition as LinkDefinition,
            Escalation = definition.Definition as EscalationDefinition,
            Signal = definition.Definition as SignalDefinition,
            Compensation = definition.Definition as CompensationDefinition,
        });
    }
}
