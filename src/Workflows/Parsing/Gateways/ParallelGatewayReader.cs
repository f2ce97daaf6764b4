using System.Xml.Linq;
using SocialInsurance.Workflows.Model.Gateways;
using SocialInsurance.Workflows.Parsing.Extensions;

namespace SocialInsurance.Workflows.Parsing.Gateways;

internal sealed class ParallelGatewayReader : IElementReader
{
    public string ElementName => "parallelGateway";

    public void Read(XElement element, ReaderContext context)
    {
        CamundaAttributes.Check(element, context, CamundaAttributes.Async);
        ChildElements.Check(element, context);
        var extensions = ExtensionElementsReader.Read(element, context);
        context.Nodes.Add(new ParallelGateway
        {
            Id = element.IdOf(),
            Name = element.NameOf(),
            ScopeId = context.ScopeId,
            Async = AsyncReader.Read(element, context, extensions),
        });
    }
}
