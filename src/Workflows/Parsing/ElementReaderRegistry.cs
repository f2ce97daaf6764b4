using SocialInsurance.Workflows.Kinds;

namespace SocialInsurance.Workflows.Parsing;

/// <summary>
/// The readers of the supported BPMN subset (listed in <see cref="ElementKinds"/>). An element that is neither read
/// nor ignored here is rejected at deploy with its id and type, so an unsupported construct never reaches a running case.
/// </summary>
internal static class ElementReaderRegistry
{
    private static readonly Dictionary<string, IElementReader> Readers =
        ElementKinds.All.ToDictionary(k => k.Name, k => k.Reader, StringComparer.Ordinal);

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
