using System.Xml.Linq;
using SocialInsurance.Workflows.Decisions.Model;
using SocialInsurance.Workflows.Parsing;
using SocialInsurance.Workflows.Validation;

namespace SocialInsurance.Workflows.Decisions.Parsing;

/// <summary>A <c>decision</c>: its requirements and its decision table (the only decision logic supported).</summary>
internal static class DecisionReader
{
    public static Decision? Read(XElement element, List<ValidationIssue> issues)
    {
        var id = element.IdOf();
        if (id.Length == 0)
        {
            issues.Add(new ValidationIssue("", "decision", "missing-id", "Expected every decision to have an id, but one has none"));
            return null;
        }

        var required = new List<string>();
        foreach (var requirement in element.Elements().Where(e => e.Name.LocalName == "informationRequirement"))
        {
            var href = requirement.Elements().FirstOrDefault(e => e.Name.LocalName == "requiredDecision")?.Attribute("href")?.Value;
            if (href is not null)
                required.Add(href.TrimStart('#'));
        }

        if (element.Elements().Any(e => e.Name.LocalName == "knowledgeRequirement"))
            issues.Add(new ValidationIssue(id, "decision", "unsupported-requirement",
                "Expected information requirements only, but found a knowledge requirement (business knowledge models are not supported)"));

        var table = element.Elements().FirstOrDefault(e => e.Name.LocalName == "decisionTable");
        if (table is null)
        {
            var logic = element.Elements().FirstOrDefault(e => e.Name.LocalName is "literalExpression" or "context" or "invocation" or "relation" or "list");
            issues.Add(new ValidationIssue(id, "decision", "unsupported-decision-logic", logic is null
                ? "Expected a decision table, but the decision has no decision logic"
                : $"Expected a decision table, but found {BpmnElement.WithArticle(logic.Name.LocalName)} (only decision tables are supported)"));
            return null;
        }

        var compiled = DecisionTableReader.Read(table, issues);
        return compiled is null ? null : new Decision(id, element.NameOf(), required, compiled);
    }
}
