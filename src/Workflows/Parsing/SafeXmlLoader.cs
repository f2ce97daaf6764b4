using System.Xml;
using System.Xml.Linq;
using SocialInsurance.Workflows.Validation;

namespace SocialInsurance.Workflows.Parsing;

/// <summary>
/// Turns untrusted text into an <see cref="XDocument"/> without letting it reach files, the network or unbounded
/// memory. DTDs are refused outright: that closes external entities (XXE) and entity expansion ("billion laughs")
/// at once, and BPMN never needs a DTD.
/// </summary>
internal static class SafeXmlLoader
{
    public const string DocumentType = "document";

    public static XmlReaderSettings Settings(BpmnParserOptions options) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = options.MaxBytes,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>
    /// Two passes over the same text: the first counts elements with a streaming reader and stops at the limit
    /// before any tree is built; only a document within limits is loaded. Inputs are at most a few megabytes, so
    /// reading twice costs little next to what an unbounded tree could cost.
    /// </summary>
    public static XDocument? Load(Func<XmlReader> open, BpmnParserOptions options, out ValidationIssue? issue)
    {
        issue = null;
        try
        {
            using (var reader = open())
            {
                var elements = 0;
                while (reader.Read())
                    if (reader.NodeType == XmlNodeType.Element && ++elements > options.MaxElements)
                    {
                        issue = Issue("too-many-elements",
                            $"Expected at most {options.MaxElements} elements, but the document has more");
                        return null;
                    }
                if (elements == 0)
                {
                    issue = Issue("empty-document", "Expected a BPMN document, but it has no root element");
                    return null;
                }
            }

            using var loader = open();
            return XDocument.Load(loader, LoadOptions.None);
        }
        catch (XmlException e)
        {
            issue = IsDtdRefusal(e)
                ? Issue("dtd-prohibited", "Expected a document without a DTD, but it declares one (DTDs and entities are refused for safety)")
                : Issue("malformed-xml", $"Expected well-formed XML, but {e.Message}");
            return null;
        }
    }

    public static ValidationIssue Issue(string code, string message) => new("", DocumentType, code, message);

    // XmlException has no code; the refusal is recognised by its text, which names the DTD in every .NET version.
    private static bool IsDtdRefusal(XmlException e) => e.Message.Contains("DTD", StringComparison.Ordinal);
}
