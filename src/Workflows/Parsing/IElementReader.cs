using System.Xml.Linq;

namespace SocialInsurance.Workflows.Parsing;

/// <summary>Compiles one kind of BPMN flow element into the model, reporting what it cannot compile.</summary>
internal interface IElementReader
{
    /// <summary>The local name in the BPMN model namespace, e.g. <c>userTask</c>.</summary>
    string ElementName { get; }

    void Read(XElement element, ReaderContext context);
}
