using System.Xml.Linq;
using SocialInsurance.Workflows.Model.Gateways;
using SocialInsurance.Workflows.Parsing.Extensions;

namespace SocialInsurance.Workflows.Parsing.Gateways;

internal sealed class InclusiveGatewayReader : IElementReader
{
    public string ElementName => "inclusiveGateway";

    public void Read(XElement element, ReaderContext context)
    {
        CamundaAttributes.Check(element, context, CamundaAttributes.Async);
        ChildElements.Check(element, context);
        var extensions = ExtensionElementsReader.Read(element, context);
        context.Nodes.Add(new InclusiveGateway
        {
            Id = element.IdOf(),
            Name = element.NameOf(),
            ScopeId = context.ScopeId,
            Async = AsyncReader.Read(element, context, extensions),
            DefaultFlowId = BpmnElement.NullIfBlank((string?)element.Attribute("default")),
        });
    }
}
