using System.Xml.Linq;
using SocialInsurance.Workflows.Model.Tasks;
using SocialInsurance.Workflows.Parsing.Extensions;

namespace SocialInsurance.Workflows.Parsing.Tasks;

/// <summary>
/// Only external tasks: the work is done by an activity handler registered for the topic, inside the engine's
/// transaction rules, never by code named in the diagram.
/// </summary>
internal sealed class ServiceTaskReader : IElementReader
{
    private static readonly string[] Implementations = ["class", "delegateExpression", "expression"];

    public string ElementName => "serviceTask";

    public void Read(XElement element, ReaderContext context) => context.Nodes.Add(ReadTopicTask(element, context));

    /// <summary>Also reads send tasks, whose attributes are the same.</summary>
    public static ServiceTask ReadTopicTask(XElement element, ReaderContext context)
    {
        CamundaAttributes.Check(element, context, [.. CamundaAttributes.Async, "type", "topic"]);
        ChildElements.Check(element, context);
        var extensions = ExtensionElementsReader.Read(
            element, context, ExtensionSupport.InputParameters | ExtensionSupport.OutputParameters);

        var type = element.Camunda("type");
        var topic = element.Camunda("topic");
        // A Java implementation attribute has been reported already; saying "not external" as well adds nothing.
        var reportedImplementation = Implementations.Any(i => element.Camunda(i) is not null);
        if (type != "external" && !reportedImplementation)
            context.Report(element, "service-task-not-external", type is null
                ? "Expected camunda:type=\"external\" with a camunda:topic, but camunda:type is missing"
                : $"Expected camunda:type=\"external\", but found '{type}'");
        else if (type == "external" && topic is null)
            context.Report(element, "missing-topic", "Expected a non-empty camunda:topic, but it is missing");

        return new ServiceTask
        {
            Id = element.IdOf(),
            Name = element.NameOf(),
            ScopeId = context.ScopeId,
            Async = AsyncReader.Read(element, context, extensions),
            Topic = topic ?? "",
            Inputs = extensions.Inputs,
            Outputs = extensions.Outputs,
        };
    }
}
