using System.Xml.Linq;
using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Parsing.Extensions;

namespace SocialInsurance.Workflows.Parsing.Gateways;

/// <summary>What the exclusive, inclusive and parallel gateway readers share: a gateway carries no child elements and no camunda attribute but async, only its id, name, scope and async settings.</summary>
internal static class GatewayReading
{
    /// <param name="create">The gateway of its kind with its own attributes, given its id; the shared ones are set here.</param>
    public static void Read(XElement element, ReaderContext context, Func<string, FlowNode> create)
    {
        CamundaAttributes.Check(element, context, CamundaAttributes.Async);
        ChildElements.Check(element, context);
        var extensions = ExtensionElementsReader.Read(element, context);
        context.Nodes.Add(create(element.IdOf()) with
        {
            Name = element.NameOf(),
            ScopeId = context.ScopeId,
            Async = AsyncReader.Read(element, context, extensions),
        });
    }

    /// <summary>The flow taken when no condition holds (<c>default</c>); exclusive and inclusive gateways have one.</summary>
    public static string? DefaultFlowId(XElement element) => BpmnElement.NullIfBlank((string?)element.Attribute("default"));
}
