using System.Xml.Linq;
using SocialInsurance.Workflows.Decisions.Model;
using SocialInsurance.Workflows.Forms.Feel;
using SocialInsurance.Workflows.Parsing;
using SocialInsurance.Workflows.Validation;

namespace SocialInsurance.Workflows.Decisions.Parsing;

/// <summary>
/// A <c>decisionTable</c>: hit policy, input and output columns, rules. Every cell is compiled here, so a cell the
/// engine cannot evaluate is refused at deploy with the rule's id and column, never met by a running case.
/// </summary>
internal static class DecisionTableReader
{
    /// <summary>Camunda 7's typeRefs (<c>number</c> is DMN 1.3's); values are converted to them, see <c>TypeRefs</c>.</summary>
    public static readonly HashSet<string> TypeRefs = ["string", "boolean", "integer", "long", "double", "number", "date"];

    public static DecisionTable? Read(XElement table, List<ValidationIssue> issues)
    {
        var id = table.IdOf();
        var before = issues.Count;
        var hitPolicy = HitPolicyOf(table, id, issues);
        var aggregation = AggregationOf(table, id, hitPolicy, issues);
        var inputs = table.Elements().Where(e => e.Name.LocalName == "input").Select(i => Input(i, issues)).ToList();
        var outputs = table.Elements().Where(e => e.Name.LocalName == "output").Select((o, n) => Output(o, n, issues)).ToList();
        if (outputs.Count == 0)
            issues.Add(new ValidationIssue(id, "decisionTable", "missing-output", "Expected at least one output column, but the table has none"));
        if (outputs.Count > 1 && aggregation != CollectAggregation.None)
            issues.Add(new ValidationIssue(id, "decisionTable", "aggregation-with-several-outputs",
                $"Expected one output column with aggregation {aggregation.ToString().ToUpperInvariant()}, but the table has {outputs.Count}"));
        foreach (var duplicate in outputs.Where(o => o is not null).GroupBy(o => o!.Name).Where(g => g.Count() > 1))
            issues.Add(new ValidationIssue(duplicate.First()!.Id, "output", "duplicate-output-name",
                $"Expected unique output names, but '{duplicate.Key}' names {duplicate.Count()} columns"));
        if (hitPolicy is HitPolicy.Priority or HitPolicy.OutputOrder && outputs.All(o => o is null || o.PriorityValues.Count == 0))
            issues.Add(new ValidationIssue(id, "decisionTable", "missing-output-values",
                $"Expected output values (highest priority first) on an output column of a {Name(hitPolicy)} table, but none has any"));

        var rules = table.Elements().Where(e => e.Name.LocalName == "rule")
            .Select(r => Rule(r, inputs.Count, outputs.Count, issues)).ToList();
        return issues.Count > before
            ? null
            : new DecisionTable(id, hitPolicy, aggregation, inputs!, outputs!, rules!);
    }

    private static HitPolicy HitPolicyOf(XElement table, string id, List<ValidationIssue> issues)
    {
        var text = table.Attribute("hitPolicy")?.Value.Trim() ?? "UNIQUE";
        HitPolicy? policy = text switch
        {
            "UNIQUE" => HitPolicy.Unique, "FIRST" => HitPolicy.First, "PRIORITY" => HitPolicy.Priority, "ANY" => HitPolicy.Any,
            "COLLECT" => HitPolicy.Collect, "RULE ORDER" => HitPolicy.RuleOrder, "OUTPUT ORDER" => HitPolicy.OutputOrder, _ => null,
        };
        if (policy is null)
            issues.Add(new ValidationIssue(id, "decisionTable", "unknown-hit-policy",
                $"Expected hitPolicy UNIQUE, FIRST, PRIORITY, ANY, COLLECT, RULE ORDER or OUTPUT ORDER, but found '{text}'"));
        return policy ?? HitPolicy.Unique;
    }

    private static CollectAggregation AggregationOf(XElement table, string id, HitPolicy hitPolicy, List<ValidationIssue> issues)
    {
        if (table.Attribute("aggregation")?.Value.Trim() is not { } text)
            return CollectAggregation.None;
        CollectAggregation? aggregation = text switch
        {
            "SUM" => CollectAggregation.Sum, "MIN" => CollectAggregation.Min, "MAX" => CollectAggregation.Max, "COUNT" => CollectAggregation.Count, _ => null,
        };
        if (aggregation is null)
            issues.Add(new ValidationIssue(id, "decisionTable", "unknown-aggregation", $"Expected aggregation SUM, MIN, MAX or COUNT, but found '{text}'"));
        else if (hitPolicy != HitPolicy.Collect)
            issues.Add(new ValidationIssue(id, "decisionTable", "aggregation-without-collect",
                $"Expected an aggregation only on a COLLECT table, but the hit policy is {Name(hitPolicy)}"));
        return aggregation ?? CollectAggregation.None;
    }

    private static InputClause? Input(XElement input, List<ValidationIssue> issues)
    {
        var id = input.IdOf();
        var expression = input.Elements().FirstOrDefault(e => e.Name.LocalName == "inputExpression");
        var text = BpmnElement.NullIfBlank(expression?.Elements().FirstOrDefault(e => e.Name.LocalName == "text")?.Value);
        var typeRef = BpmnElement.NullIfBlank(expression?.Attribute("typeRef")?.Value);
        if (text is null)
        {
            issues.Add(new ValidationIssue(id, "input", "missing-input-expression", "Expected an input expression (for example a variable name), but it is empty"));
            return null;
        }

        if (!CheckLanguage(expression!, id, "input", issues) | !CheckTypeRef(typeRef, id, "input", issues))
            return null;
        var compiled = Feel(() => FeelParser.Parse(text), id, "input", "input expression", issues);
        return compiled is null ? null : new InputClause(id, input.Attribute("label")?.Value, text, compiled, typeRef,
            BpmnElement.NullIfBlank(input.Attribute(DmnNamespaces.Camunda + "inputVariable")?.Value) ?? "cellInput");
    }

    private static OutputClause? Output(XElement output, int index, List<ValidationIssue> issues)
    {
        var id = output.IdOf();
        var name = BpmnElement.NullIfBlank(output.Attribute("name")?.Value);
        var typeRef = BpmnElement.NullIfBlank(output.Attribute("typeRef")?.Value);
        if (!CheckTypeRef(typeRef, id, "output", issues))
            return null;
        IReadOnlyList<object?> priorities = [];
        var valuesText = BpmnElement.NullIfBlank(output.Elements().FirstOrDefault(e => e.Name.LocalName == "outputValues")?
            .Elements().FirstOrDefault(e => e.Name.LocalName == "text")?.Value);
        if (valuesText is not null)
        {
            var list = Feel(() => FeelParser.Parse($"[{valuesText}]"), id, "output", "output values", issues);
            if (list is null)
                return null;
            priorities = (IReadOnlyList<object?>)list.Evaluate(_ => null)!;
        }

        // A single unnamed output is common in tables drawn from scratch; its id stands in for the name.
        return new OutputClause(id, output.Attribute("label")?.Value, name ?? (id.Length > 0 ? id : $"output{index + 1}"), typeRef, priorities);
    }

    private static DecisionRule? Rule(XElement rule, int inputCount, int outputCount, List<ValidationIssue> issues)
    {
        var id = rule.IdOf();
        var inputTexts = rule.Elements().Where(e => e.Name.LocalName == "inputEntry").Select(TextOf).ToList();
        var outputTexts = rule.Elements().Where(e => e.Name.LocalName == "outputEntry").Select(TextOf).ToList();
        if (inputTexts.Count != inputCount || outputTexts.Count != outputCount)
        {
            issues.Add(new ValidationIssue(id, "rule", "cell-count",
                $"Expected {inputCount} input and {outputCount} output entries, but the rule has {inputTexts.Count} and {outputTexts.Count}"));
            return null;
        }

        var inputs = inputTexts.Select((t, n) => Feel(() => FeelUnaryTests.Parse(t), id, "rule", $"input entry {n + 1} '{t}'", issues)).ToList();
        var outputs = outputTexts.Select((t, n) => string.IsNullOrWhiteSpace(t)
            ? (true, null)
            : (Feel(() => FeelParser.Parse(t), id, "rule", $"output entry {n + 1} '{t}'", issues) is { } node ? (true, node) : (false, (FeelNode?)null))).ToList();
        if (inputs.Any(i => i is null) || outputs.Any(o => !o.Item1))
            return null;
        return new DecisionRule(id, BpmnElement.NullIfBlank(rule.Elements().FirstOrDefault(e => e.Name.LocalName == "description")?.Value),
            inputs!, inputTexts, [.. outputs.Select(o => o.Item2)], outputTexts);
    }

    private static string TextOf(XElement entry) =>
        entry.Elements().FirstOrDefault(e => e.Name.LocalName == "text")?.Value.Trim() ?? "";

    private static T? Feel<T>(Func<T> compile, string id, string type, string what, List<ValidationIssue> issues) where T : class
    {
        try
        {
            return compile();
        }
        catch (FeelException e)
        {
            issues.Add(new ValidationIssue(id, type, "invalid-feel", $"Expected FEEL in the supported subset in {what}, but at {e.Position}: {e.Message}"));
            return null;
        }
    }

    private static bool CheckLanguage(XElement element, string id, string type, List<ValidationIssue> issues)
    {
        var language = element.Attribute("expressionLanguage")?.Value;
        if (DmnNamespaces.IsFeel(language))
            return true;
        issues.Add(new ValidationIssue(id, type, "unsupported-expression-language", $"Expected FEEL, but the expression language is '{language}'"));
        return false;
    }

    private static bool CheckTypeRef(string? typeRef, string id, string type, List<ValidationIssue> issues)
    {
        if (typeRef is null || TypeRefs.Contains(typeRef))
            return true;
        issues.Add(new ValidationIssue(id, type, "unsupported-type", $"Expected typeRef string, boolean, integer, long, double, number or date, but found '{typeRef}'"));
        return false;
    }

    public static string Name(HitPolicy policy) => policy switch
    {
        HitPolicy.RuleOrder => "RULE ORDER",
        HitPolicy.OutputOrder => "OUTPUT ORDER",
        _ => policy.ToString().ToUpperInvariant(),
    };
}
