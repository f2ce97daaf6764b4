using System.Xml.Linq;
using SocialInsurance.Workflows.Model.Gateways;
using SocialInsurance.Workflows.Parsing.Extensions;

namespace SocialInsurance.Workflows.Parsing.Gateways;

internal sealed class EventBasedGatewayReader : IElementReader
{
    public string ElementName => "eventBasedGateway";

    public void Read(XElement element, ReaderContext context)
    {
        CamundaAttributes.Check(element, context, CamundaAttributes.Async);
        ChildElements.Check(element, context);
        // Instantiating and parallel event gateways start instances or wait for all events: a different element.
        if (element.IsTrue("instantiate") || ((string?)element.Attribute("eventGatewayType"))?.Trim() == "Parallel")
        {
            context.Report(element, "unsupported-element",
                "Expected an exclusive, non-instantiating event-based gateway, but it instantiates or is parallel");
            context.AddUnsupported(element);
            return;
        }

        var extensions = ExtensionElementsReader.Read(element, context);
        context.Nodes.Add(new EventBasedGateway
        {
            Id = element.IdOf(),
            Name = element.NameOf(),
            ScopeId = context.ScopeId,
            Async = AsyncReader.Read(element, context, extensions),
        });
    }
}
