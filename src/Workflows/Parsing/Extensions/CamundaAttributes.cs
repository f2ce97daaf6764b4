using System.Xml.Linq;

namespace SocialInsurance.Workflows.Parsing.Extensions;

/// <summary>
/// Camunda attributes are checked against a list per element: an attribute we do not implement usually changes
/// behaviour (a Java delegate, a listener, an async boundary after the element), and ignoring it would deploy a
/// process that silently does something else than the modeler shows.
/// </summary>
internal static class CamundaAttributes
{
    /// <summary>Modeler bookkeeping and job tuning that does not change what a process does.</summary>
    private static readonly HashSet<string> Ignorable =
    [
        "versionTag", "modelerTemplate", "modelerTemplateVersion", "isStartableInTasklist", "diagramRelationId",
        "historyTimeToLive", "exclusive", "jobPriority", "taskPriority",
    ];

    /// <summary><c>camunda:async</c> is Camunda 7's deprecated spelling of <c>asyncBefore</c>; both are honoured.</summary>
    public static readonly string[] Async = ["asyncBefore", "async"];

    private static readonly Dictionary<string, string> Reasons = new()
    {
        ["class"] = "Java delegates cannot run here; use camunda:type=\"external\" with a camunda:topic",
        ["delegateExpression"] = "Java delegates cannot run here; use camunda:type=\"external\" with a camunda:topic",
        ["expression"] = "expression-implemented service tasks are not supported; use camunda:type=\"external\" with a camunda:topic",
        ["asyncAfter"] = "only camunda:asyncBefore is supported",
        ["initiator"] = "only a start event records who started the instance",
        ["resource"] = "external script resources are not supported; write the script inline",
        ["errorCodeVariable"] = "only an error catch event stores the code it caught",
        ["errorMessageVariable"] = "only an error catch event stores the message it caught",
    };

    public static void Check(XElement element, ReaderContext context, params string[] supported) =>
        Check(element, element, context, supported);

    /// <summary>Checks attributes written on a part of <paramref name="owner"/> (an event definition) and reports them on the owner.</summary>
    public static void Check(XElement owner, XElement element, ReaderContext context, params string[] supported)
    {
        foreach (var attribute in element.Attributes())
        {
            var name = attribute.Name;
            if (name.Namespace == BpmnNamespaces.Camunda)
            {
                if (supported.Contains(name.LocalName) || Ignorable.Contains(name.LocalName))
                    continue;
                var why = Reasons.TryGetValue(name.LocalName, out var reason) ? reason : "this engine does not implement it";
                context.Report(owner, "unsupported-extension",
                    $"Expected only supported camunda attributes, but found {element.Display(name)} ({why})");
            }
            else if (BpmnNamespaces.IsOtherEngine(name.Namespace))
            {
                context.Report(owner, "unsupported-extension",
                    $"Expected camunda extensions, but found {element.Display(name)} of {name.NamespaceName}, another engine's extension");
            }
        }
    }
}
