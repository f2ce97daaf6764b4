using System.Xml.Linq;
using SocialInsurance.Workflows.Model.Gateways;

namespace SocialInsurance.Workflows.Parsing.Gateways;

internal sealed class ExclusiveGatewayReader : IElementReader
{
    public string ElementName => "exclusiveGateway";

    public void Read(XElement element, ReaderContext context) =>
        GatewayReading.Read(element, context, id => new ExclusiveGateway { Id = id, DefaultFlowId = GatewayReading.DefaultFlowId(element) });
}
