using System.Text;
using System.Xml;
using System.Xml.Linq;
using SocialInsurance.Workflows.Decisions.Model;
using SocialInsurance.Workflows.Parsing;
using SocialInsurance.Workflows.Validation;

namespace SocialInsurance.Workflows.Decisions.Parsing;

/// <summary>
/// Reads a DMN 1.3 file (decision tables and their requirements) into <see cref="DecisionDefinitions"/>, or explains
/// every reason it cannot, keyed by element id. The input is untrusted exactly like BPMN: the same safe loader (no
/// DTD, no resolver, size and element limits), and nothing in the file can make this throw.
/// </summary>
public sealed class DmnParser(BpmnParserOptions? options = null)
{
    private readonly BpmnParserOptions _options = options ?? new BpmnParserOptions();

    /// <summary>Top-level elements with no executable meaning here (inputs are read from variables by name).</summary>
    private static readonly HashSet<string> Ignored =
        ["inputData", "knowledgeSource", "textAnnotation", "association", "documentation", "extensionElements", "DMNDI", "itemDefinition"];

    public DmnParseResult Parse(string xml)
    {
        if (string.IsNullOrWhiteSpace(xml))
            return Invalid("empty-document", "Expected a DMN document, but the input is empty");
        if (xml.Length > _options.MaxBytes || Encoding.UTF8.GetByteCount(xml) > _options.MaxBytes)
            return Invalid("too-large", $"Expected at most {_options.MaxBytes} bytes, but the document is larger");

        try
        {
            var document = SafeXmlLoader.Load(() => XmlReader.Create(new StringReader(xml), SafeXmlLoader.Settings(_options)), _options, out var issue);
            return document is null ? new DmnParseResult(null, [issue!]) : Read(document);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Invalid("internal-error", $"Expected to read the document, but the parser failed: {e.GetType().Name}: {e.Message}");
        }
    }

    private static DmnParseResult Read(XDocument document)
    {
        var root = document.Root!;
        if (root.Name.LocalName != "definitions" || !DmnNamespaces.Model.Contains(root.Name.Namespace))
            return Invalid("not-dmn", $"Expected a DMN 1.3 <definitions> root, but found <{root.Name.LocalName}> in '{root.Name.NamespaceName}'");

        var issues = new List<ValidationIssue>();
        var decisions = new Dictionary<string, Decision>(StringComparer.Ordinal);
        foreach (var element in root.Elements())
        {
            var name = element.Name.LocalName;
            if (name == "decision")
            {
                if (DecisionReader.Read(element, issues) is { } decision && !decisions.TryAdd(decision.Id, decision))
                    issues.Add(new ValidationIssue(decision.Id, "decision", "duplicate-id", $"Expected unique decision ids, but '{decision.Id}' appears twice"));
            }
            else if (!Ignored.Contains(name))
            {
                issues.Add(new ValidationIssue(element.IdOf(), name, "unsupported-element",
                    $"Expected decisions with decision tables, but found {BpmnElement.WithArticle(name)} (business knowledge models and decision services are not supported)"));
            }
        }

        if (decisions.Count == 0 && issues.Count == 0)
            issues.Add(new ValidationIssue(root.IdOf(), "definitions", "no-decision", "Expected at least one decision, but the file has none"));
        RequirementRules.Check(decisions, issues);
        return issues.Count > 0
            ? new DmnParseResult(null, issues)
            : new DmnParseResult(new DecisionDefinitions(root.IdOf(), root.NameOf(), decisions), []);
    }

    private static DmnParseResult Invalid(string code, string message) =>
        new(null, [new ValidationIssue("", "document", code, message)]);
}
