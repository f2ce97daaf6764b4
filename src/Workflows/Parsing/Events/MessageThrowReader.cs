using System.Xml.Linq;
using SocialInsurance.Workflows.Model.Tasks;
using SocialInsurance.Workflows.Parsing.Extensions;

namespace SocialInsurance.Workflows.Parsing.Events;

/// <summary>
/// A message throw or end event. As in Camunda 7, its implementation sits on the messageEventDefinition
/// (<c>camunda:type="external"</c> + <c>camunda:topic</c>) and runs like a send task; without one the event passes
/// through. The messageRef is documentation here: publishing is the activity's business.
/// </summary>
internal static class MessageThrowReader
{
    public static EventDefinitionRead Read(XElement @event, XElement definition, ReaderContext context, ExtensionValues extensions)
    {
        CamundaAttributes.Check(@event, definition, context, "type", "topic");
        var type = definition.Camunda("type");
        var topic = definition.Camunda("topic");
        if (type is null && topic is null)
        {
            if (extensions.Inputs.Count + extensions.Outputs.Count > 0)
                context.Report(@event, "unsupported-extension",
                    "Expected input/output parameters only on a message event with camunda:type=\"external\", but this one has no implementation");
            return new EventDefinitionRead(true);
        }

        if (type != "external")
        {
            context.Report(@event, "service-task-not-external", type is null
                ? "Expected camunda:type=\"external\" beside camunda:topic on the messageEventDefinition, but camunda:type is missing"
                : $"Expected camunda:type=\"external\" on the messageEventDefinition, but found '{type}'");
            return EventDefinitionRead.Failed;
        }

        if (topic is null)
        {
            context.Report(@event, "missing-topic", "Expected a non-empty camunda:topic on the messageEventDefinition, but it is missing");
            return EventDefinitionRead.Failed;
        }

        return new EventDefinitionRead(true, Implementation: new TopicImplementation(topic, extensions.Inputs, extensions.Outputs));
    }
}
