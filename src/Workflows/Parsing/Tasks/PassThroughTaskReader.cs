using System.Xml.Linq;
using SocialInsurance.Workflows.Model.Tasks;
using SocialInsurance.Workflows.Parsing.Extensions;

namespace SocialInsurance.Workflows.Parsing.Tasks;

/// <summary><c>task</c> and <c>manualTask</c>: nothing to configure, so any camunda attribute but async is reported.</summary>
internal sealed class PassThroughTaskReader(string elementName) : IElementReader
{
    public string ElementName => elementName;

    public void Read(XElement element, ReaderContext context)
    {
        CamundaAttributes.Check(element, context, CamundaAttributes.Async);
        ChildElements.Check(element, context);
        var extensions = ExtensionElementsReader.Read(element, context);
        context.Nodes.Add(new PassThroughTask
        {
            Id = element.IdOf(),
            Name = element.NameOf(),
            ScopeId = context.ScopeId,
            Async = AsyncReader.Read(element, context, extensions),
            Kind = elementName,
        });
    }
}
