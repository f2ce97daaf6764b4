using SocialInsurance.Workflows.Parsing.Events;
using SocialInsurance.Workflows.Parsing.Gateways;
using SocialInsurance.Workflows.Parsing.Tasks;

namespace SocialInsurance.Workflows.Parsing;

/// <summary>
/// The supported BPMN subset, in one place. An element that is neither read nor ignored here is rejected at deploy
/// with its id and type, so an unsupported construct never reaches a running case.
/// </summary>
internal static class ElementReaderRegistry
{
    private static readonly Dictionary<string, IElementReader> Readers = new IElementReader[]
    {
        new StartEventReader(),
        new EndEventReader(),
        new IntermediateCatchEventReader(),
        new BoundaryEventReader(),
        new UserTaskReader(),
        new ServiceTaskReader(),
        new ScriptTaskReader(),
        new BusinessRuleTaskReader(),
        new SubProcessReader(),
        new ExclusiveGatewayReader(),
        new ParallelGatewayReader(),
        new EventBasedGatewayReader(),
        new SequenceFlowReader(),
        new PassThroughTaskReader("task"),
        new PassThroughTaskReader("manualTask"),
        new SendTaskReader(),
        new ReceiveTaskReader(),
        new IntermediateThrowEventReader(),
        new InclusiveGatewayReader(),
        new CallActivityReader(),
    }.ToDictionary(r => r.ElementName, StringComparer.Ordinal);

    /// <summary>
    /// Content of a process or sub-process with no executable meaning here: diagram annotations, lanes (who does a
    /// task is decided by candidate groups, not by the lane it is drawn in), and data declarations (variables live
    /// in the instance; see <see cref="ChildElements.DataOnly"/>). The container's own extensions are read separately.
    /// </summary>
    private static readonly HashSet<string> Ignored =
    [
        "documentation", "extensionElements", "incoming", "outgoing", "laneSet", "textAnnotation", "association",
        "group", "dataObject", "dataObjectReference", "dataStoreReference", "dataInputAssociation",
        "dataOutputAssociation", "ioSpecification", "property", "auditing", "monitoring",
    ];

    public static bool TryGet(string elementName, out IElementReader reader) =>
        Readers.TryGetValue(elementName, out reader!);

    public static bool IsIgnored(string elementName) => Ignored.Contains(elementName);

    public static IEnumerable<string> SupportedNames => Readers.Keys;
}
