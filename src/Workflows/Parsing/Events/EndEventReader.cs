using System.Xml.Linq;
using SocialInsurance.Workflows.Model.Events;
using SocialInsurance.Workflows.Parsing.Extensions;

namespace SocialInsurance.Workflows.Parsing.Events;

internal sealed class EndEventReader : IElementReader
{
    public string ElementName => "endEvent";

    public void Read(XElement element, ReaderContext context)
    {
        CamundaAttributes.Check(element, context, CamundaAttributes.Async);
        ChildElements.Check(element, context, EventDefinitionReader.AllNames);
        var extensions = ExtensionElementsReader.Read(
            element, context, ExtensionSupport.InputParameters | ExtensionSupport.OutputParameters);
        var definition = EventDefinitionReader.Read(element, context, EventDefinitionKinds.Terminate | EventDefinitionKinds.Message | EventDefinitionKinds.Error | EventDefinitionKinds.Escalation | EventDefinitionKinds.Signal | EventDefinitionKinds.Compensation, extensions, required: false);
        if (!definition.Ok)
        {
            context.AddUnsupported(element);
            return;
        }

        context.Nodes.Add(new EndEvent
        {
            Id = element.IdOf(),
            Name = element.NameOf(),
            ScopeId = context.ScopeId,
            Async = AsyncReader.Read(element, context, extensions),
            Terminate = definition.Terminate,
            Implementation = definition.Implementation,
            Error = definition.Definition as ErrorDefinition,
            Escalation = definition.Definition as EscalationDefinition,
            Signal = definition.Definition as SignalDefinition,
            Compensation = definition.Definition as CompensationDefinition,
        });
    }
}
