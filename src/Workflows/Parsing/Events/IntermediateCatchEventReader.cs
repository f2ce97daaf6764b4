using System.Xml.Linq;
using SocialInsurance.Workflows.Model.Events;
using SocialInsurance.Workflows.Parsing.Extensions;

namespace SocialInsurance.Workflows.Parsing.Events;

internal sealed class IntermediateCatchEventReader : IElementReader
{
    public string ElementName => "intermediateCatchEvent";

    public void Read(XElement element, ReaderContext context)
    {
        CamundaAttributes.Check(element, context, CamundaAttributes.Async);
        ChildElements.Check(element, context, EventDefinitionReader.AllNames);
        var extensions = ExtensionElementsReader.Read(element, context);
        var definition = EventDefinitionReader.Read(
            element, context, EventDefinitionKinds.Timer | EventDefinitionKinds.Message | EventDefinitionKinds.Link | EventDefinitionKinds.Signal | EventDefinitionKinds.Conditional, extensions, required: true);
        if (definition is not { Ok: true, Definition: { } eventDefinition })
        {
            context.AddUnsupported(element);
            return;
        }

        context.Nodes.Add(new IntermediateCatchEvent
        {
            Id = element.IdOf(),
            Name = element.NameOf(),
            ScopeId = context.ScopeId,
            Async = AsyncReader.Read(element, context, extensions),
            Definition = eventDefinition,
        });
    }
}
