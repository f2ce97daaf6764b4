using System.Xml.Linq;
using SocialInsurance.Workflows.Model.Gateways;

namespace SocialInsurance.Workflows.Parsing.Gateways;

internal sealed class ParallelGatewayReader : IElementReader
{
    public string ElementName => "parallelGateway";

    public void Read(XElement element, ReaderContext context) =>
        GatewayReading.Read(element, context, id => new ParallelGateway { Id = id });
}
