using System.Xml.Linq;
using SocialInsurance.Workflows.Model.Gateways;

namespace SocialInsurance.Workflows.Parsing.Gateways;

internal sealed class InclusiveGatewayReader : IElementReader
{
    public string ElementName => "inclusiveGateway";

    public void Read(XElement element, ReaderContext context) =>
        GatewayReading.Read(element, context, id => new InclusiveGateway { Id = id, DefaultFlowId = GatewayReading.DefaultFlowId(element) });
}
