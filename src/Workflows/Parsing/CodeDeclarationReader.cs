using System.Xml.Linq;

namespace SocialInsurance.Workflows.Parsing;

/// <summary>
/// The definitions-level <c>bpmn:error</c> (<c>errorCode</c>) and <c>bpmn:escalation</c> (<c>escalationCode</c>)
/// declarations that error and escalation events refer to, by id. The code may be missing: a catch without a code
/// catches everything, and a throw without one is reported where it is thrown.
/// </summary>
internal static class CodeDeclarationReader
{
    public static Dictionary<string, string?> ReadAll(XElement definitions, string element, string codeAttribute)
    {
        var codes = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var declaration in definitions.Elements(BpmnNamespaces.Bpmn + element))
            codes.TryAdd(declaration.IdOf(), BpmnElement.NullIfBlank((string?)declaration.Attribute(codeAttribute)));
        return codes;
    }
}
