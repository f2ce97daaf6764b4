using System.Security.Cryptography;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace SocialInsurance.Workflows.Deployment;

/// <summary>
/// The hash that decides whether a deployed document is a new version: of the document's content, not its bytes.
/// The modeler re-serialises a diagram it opened (indentation, attribute order, namespace prefixes, the exporter
/// stamp), so hashing the text made an unedited deploy a new version whose diff was empty. Elements and attributes are
/// compared by namespace URI and local name, attributes in sorted order, whitespace-only text and comments ignored,
/// prefixed values of <c>xsi:type</c> resolved to their namespace; everything else — ids, names, conditions, diagram
/// coordinates — counts, so any real edit is a new version.
/// </summary>
public static class BpmnContentHash
{
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>The hash of the text as it was computed before content hashing; versions deployed then carry it.</summary>
    public static string OfText(string xml) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(xml)));

    public static string Of(string xml)
    {
        var document = Load(xml);
        if (document?.Root is null)
        {
            return OfText(xml);
        }

        var canonical = new StringBuilder(xml.Length);
        Write(document.Root, canonical, isRoot: true);
        return "c:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())))[..62];
    }

    private static XDocument? Load(string xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true };
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            return XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static void Write(XElement element, StringBuilder canonical, bool isRoot)
    {
        canonical.Append('<').Append(element.Name.NamespaceName).Append('|').Append(element.Name.LocalName);
        var attributes = element.Attributes()
            .Where(a => !a.IsNamespaceDeclaration)
            .Where(a => !(isRoot && a.Name.Namespace == XNamespace.None && a.Name.LocalName is "exporter" or "exporterVersion"))
            .Select(a => (Name: a.Name.NamespaceName + "|" + a.Name.LocalName, Value: ValueOf(element, a)))
            .OrderBy(a => a.Name, StringComparer.Ordinal);
        foreach (var (name, value) in attributes)
        {
            canonical.Append(' ').Append(name).Append("=\"").Append(value.Replace("\"", "&quot;", StringComparison.Ordinal)).Append('"');
        }

        canonical.Append('>');
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XElement child:
                    Write(child, canonical, isRoot: false);
                    break;
                case XText text when !string.IsNullOrWhiteSpace(text.Value):
                    canonical.Append(text.Value.Trim().Replace("<", "&lt;", StringComparison.Ordinal));
                    break;
            }
        }

        canonical.Append("</>");
    }

    private static string ValueOf(XElement element, XAttribute attribute)
    {
        var colon = attribute.Value.IndexOf(':', StringComparison.Ordinal);
        if (attribute.Name != Xsi + "type" || colon < 0)
        {
            return attribute.Value;
        }

        var prefix = attribute.Value[..colon];
        var ns = element.GetNamespaceOfPrefix(prefix);
        return ns is null ? attribute.Value : ns.NamespaceName + "|" + attribute.Value[(colon + 1)..];
    }
}
