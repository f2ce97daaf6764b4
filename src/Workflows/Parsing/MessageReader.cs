using System.Xml.Linq;
using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Model.Timers;
using SocialInsurance.Workflows.Parsing.Extensions;

namespace SocialInsurance.Workflows.Parsing;

/// <summary>Reads the definitions-level <c>bpmn:message</c> declarations that message events refer to.</summary>
internal static class MessageReader
{
    public static Dictionary<string, MessageDeclaration> ReadAll(XElement definitions, ReaderContext context)
    {
        var messages = new Dictionary<string, MessageDeclaration>(StringComparer.Ordinal);
        foreach (var element in definitions.Elements(BpmnNamespaces.Bpmn + "message"))
        {
            var name = BpmnElement.NullIfBlank(element.NameOf());
            if (name is null)
                context.Report(element, "missing-message-name",
                    "Expected a message name (messages are correlated by name), but it is missing");

            CamundaAttributes.Check(element, context);
            var extensions = ExtensionElementsReader.Read(element, context);
            TimeSpan? bufferTimeToLive = null;
            if (extensions.Property("bufferTimeToLive") is { } ttl)
            {
                if (Iso8601.TryParseDuration(ttl, out var duration) && duration.IsPositive && duration.TryToFixedLength(out var length))
                    bufferTimeToLive = length;
                else
                    context.Report(element, "invalid-buffer-ttl",
                        $"Expected bufferTimeToLive to be an ISO 8601 duration such as PT1H, but found '{ttl}'");
            }

            messages.TryAdd(element.IdOf(), new MessageDeclaration(element.IdOf(), name ?? "") { BufferTimeToLive = bufferTimeToLive });
        }
        return messages;
    }
}
