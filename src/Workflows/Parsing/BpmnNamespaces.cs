using System.Xml.Linq;

namespace SocialInsurance.Workflows.Parsing;

internal static class BpmnNamespaces
{
    public static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    public static readonly XNamespace Camunda = "http://camunda.org/schema/1.0/bpmn";

    /// <summary>
    /// Extensions of other engines. Their attributes and elements always mean behaviour (task types, listeners, I/O
    /// mappings) that this engine would not perform, so they are rejected wherever they appear.
    /// </summary>
    private static readonly XNamespace[] OtherEngines =
    [
        "http://camunda.org/schema/zeebe/1.0",
        "http://activiti.org/bpmn",
        "http://flowable.org/bpmn",
    ];

    public static bool IsOtherEngine(XNamespace ns) => OtherEngines.Contains(ns);
}
