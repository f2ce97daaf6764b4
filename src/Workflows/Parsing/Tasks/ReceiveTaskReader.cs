using System.Xml.Linq;
using SocialInsurance.Workflows.Model.Events;
using SocialInsurance.Workflows.Model.Tasks;
using SocialInsurance.Workflows.Parsing.Extensions;

namespace SocialInsurance.Workflows.Parsing.Tasks;

/// <summary>
/// A receive task must name its message: without one Camunda 7 waits for an API trigger that names the execution,
/// which this engine does not offer (work is resumed by message, task or timer only).
/// </summary>
internal sealed class ReceiveTaskReader : IElementReader
{
    public string ElementName => "receiveTask";

    public void Read(XElement element, ReaderContext context)
    {
        CamundaAttributes.Check(element, context, CamundaAttributes.Async);
        ChildElements.Check(element, context);
        var extensions = ExtensionElementsReader.Read(element, context, ExtensionSupport.OutputParameters);
        var reference = BpmnElement.NullIfBlank((string?)element.Attribute("messageRef"));
        if (reference is null || !context.Messages.TryGetValue(reference, out var message))
        {
            context.Report(element, "unknown-message", reference is null
                ? "Expected a messageRef naming a bpmn:message (a receive task waits for a message), but it is missing"
                : $"Expected messageRef to name a bpmn:message, but '{reference}' is not declared");
            context.AddUnsupported(element);
            return;
        }

        context.Nodes.Add(new ReceiveTask
        {
            Id = element.IdOf(),
            Name = element.NameOf(),
            ScopeId = context.ScopeId,
            Async = AsyncReader.Read(element, context, extensions),
            Message = new MessageDefinition(message.Name)
            {
                CorrelationKeyExpression = BpmnElement.NullIfBlank(extensions.Property("correlationKey")),
            },
            Outputs = extensions.Outputs,
        });
    }
}
