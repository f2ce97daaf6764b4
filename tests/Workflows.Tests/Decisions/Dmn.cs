using System.Security;
using System.Text;
using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Decisions.Evaluation;
using SocialInsurance.Workflows.Decisions.Parsing;
using SocialInsurance.Workflows.Forms.Feel;

namespace SocialInsurance.Workflows.Tests.Decisions;

/// <summary>Writes small DMN 1.3 tables as dmn-js would, so each test states only its columns and rows.</summary>
internal static class Dmn
{
    /// <param name="inputs">"expression:typeRef" (typeRef optional)</param>
    /// <param name="outputs">"name:typeRef" (typeRef optional)</param>
    /// <param name="rules">one row each: input cells then output cells</param>
    public static string Table(string hitPolicy, string[] inputs, string[] outputs, string[][] rules, string? aggregation = null,
        string decisionId = "decision", string extraDecisions = "", string requirements = "", string[]? outputValues = null) =>
        Definitions(Decision(decisionId, hitPolicy, inputs, outputs, rules, aggregation, requirements, outputValues) + extraDecisions);

    public static string Definitions(string decisions) =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="definitions" name="Test" namespace="http://camunda.org/schema/1.0/dmn">
        {decisions}
        </definitions>
        """;

    public static string Decision(string id, string hitPolicy, string[] inputs, string[] outputs, string[][] rules,
        string? aggregation = null, string requirements = "", string[]? outputValues = null)
    {
        var xml = new StringBuilder();
        xml.Append($"<decision id=\"{id}\" name=\"{id}\">{requirements}");
        xml.Append($"<decisionTable id=\"{id}Table\" hitPolicy=\"{hitPolicy}\"{(aggregation is null ? "" : $" aggregation=\"{aggregation}\"")}>");
        for (var i = 0; i < inputs.Length; i++)
        {
            var (text, type) = Split(inputs[i]);
            xml.Append($"<input id=\"{id}In{i}\" label=\"{Esc(text)}\"><inputExpression id=\"{id}InEx{i}\"{Type(type)}><text>{Esc(text)}</text></inputExpression></input>");
        }

        for (var i = 0; i < outputs.Length; i++)
        {
            var (name, type) = Split(outputs[i]);
            var values = outputValues is not null && i < outputValues.Length && outputValues[i] is { } v
                ? $"<outputValues id=\"{id}OutV{i}\"><text>{Esc(v)}</text></outputValues>"
                : "";
            xml.Append($"<output id=\"{id}Out{i}\" name=\"{name}\"{Type(type)}>{values}</output>");
        }

        for (var r = 0; r < rules.Length; r++)
        {
            xml.Append($"<rule id=\"{id}Rule{r + 1}\">");
            for (var c = 0; c < rules[r].Length; c++)
            {
                var kind = c < inputs.Length ? "inputEntry" : "outputEntry";
                xml.Append($"<{kind} id=\"{id}R{r}C{c}\"><text>{Esc(rules[r][c])}</text></{kind}>");
            }

            xml.Append("</rule>");
        }

        return xml.Append("</decisionTable></decision>").ToString();
    }

    public static string Requires(params string[] ids) =>
        string.Concat(ids.Select(i => $"<informationRequirement id=\"req_{i}\"><requiredDecision href=\"#{i}\" /></informationRequirement>"));

    public static DecisionResult Evaluate(string xml, JsonObject variables, string decisionId = "decision")
    {
        var parsed = new DmnParser().Parse(xml);
        Assert.True(parsed.IsValid, string.Join(Environment.NewLine, parsed.Issues));
        return DecisionEvaluator.Evaluate(parsed.Definitions!, decisionId, FeelValues.Resolver(variables));
    }

    /// <summary>The result as compact JSON, the easiest thing to compare exactly.</summary>
    public static string Json(DecisionResult result) => result.ToJson().ToJsonString();

    private static (string, string?) Split(string spec) =>
        spec.LastIndexOf(':') is var at and > 0 ? (spec[..at], spec[(at + 1)..]) : (spec, null);

    private static string Type(string? type) => type is null ? "" : $" typeRef=\"{type}\"";

    private static string Esc(string text) => SecurityElement.Escape(text);
}
