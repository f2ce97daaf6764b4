using SocialInsurance.Workflows.Decisions.Parsing;

namespace SocialInsurance.Workflows.Tests.Decisions;

/// <summary>What the parser refuses, keyed by element id (as the modeler marks it).</summary>
public sealed class DmnParserTests
{
    public static TheoryData<string, string, string> Invalid => new()
    {
        { Dmn.Table("SOMETIMES", ["a"], ["b"], []), "decisionTable", "unknown-hit-policy" },
        { Dmn.Table("FIRST", ["a"], ["b"], [], aggregation: "SUM"), "decisionTable", "aggregation-without-collect" },
        { Dmn.Table("COLLECT", ["a"], ["b", "c"], [], aggregation: "SUM"), "decisionTable", "aggregation-with-several-outputs" },
        { Dmn.Table("COLLECT", ["a"], ["b"], [], aggregation: "AVERAGE"), "decisionTable", "unknown-aggregation" },
        { Dmn.Table("PRIORITY", ["a"], ["b"], []), "decisionTable", "missing-output-values" },
        { Dmn.Table("FIRST", ["a"], ["b", "b"], []), "output", "duplicate-output-name" },
        { Dmn.Table("FIRST", ["a:money"], ["b"], []), "input", "unsupported-type" },
        { Dmn.Table("FIRST", ["a"], ["b"], [["1", "2", "3"]]), "rule", "cell-count" },
        { Dmn.Table("FIRST", ["a"], ["b"], [["? > 1", "2"]]), "rule", "invalid-feel" },
        { Dmn.Table("FIRST", ["a"], ["b"], [["1", "sum(x)"]]), "rule", "invalid-feel" },
        { Dmn.Table("FIRST", ["a +"], ["b"], []), "input", "invalid-feel" },
        { Dmn.Table("FIRST", ["a"], ["b"], [], requirements: Dmn.Requires("missing")), "decision", "unknown-required-decision" },
        { Dmn.Definitions("<decision id=\"lit\"><literalExpression><text>1</text></literalExpression></decision>"), "decision", "unsupported-decision-logic" },
        { Dmn.Definitions("<businessKnowledgeModel id=\"bkm\" />"), "businessKnowledgeModel", "unsupported-element" },
        { Dmn.Definitions(""), "definitions", "no-decision" },
        { "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" />", "document", "not-dmn" },
        { "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x \"y\">]><definitions />", "document", "dtd-prohibited" },
        { "<definitions", "document", "malformed-xml" },
        { "", "document", "empty-document" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void DmnParser_ReportsTheProblem_KeyedByElement(string xml, string elementType, string code)
    {
        // When
        var result = new DmnParser().Parse(xml);

        // Then
        Assert.False(result.IsValid);
        Assert.Contains(result.Issues, i => i.ElementType == elementType && i.Code == code);
    }

    [Fact]
    public void DmnParser_RefusesRequirementCycles_NamingEachDecision()
    {
        // Given
        var xml = Dmn.Definitions(
            Dmn.Decision("a", "FIRST", ["x"], ["y"], [], requirements: Dmn.Requires("b")) +
            Dmn.Decision("b", "FIRST", ["x"], ["z"], [], requirements: Dmn.Requires("a")));

        // When
        var result = new DmnParser().Parse(xml);

        // Then
        Assert.Equal(["a", "b"], result.Issues.Where(i => i.Code == "requirement-cycle").Select(i => i.ElementId).Order());
    }

    [Fact]
    public void DmnParser_RefusesADocumentOverTheSizeLimit()
    {
        // Given
        var parser = new DmnParser(new SocialInsurance.Workflows.Parsing.BpmnParserOptions { MaxBytes = 100 });

        // When
        var result = parser.Parse(Dmn.Table("FIRST", ["a"], ["b"], []));

        // Then
        Assert.Equal("too-large", Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void DmnParser_ReadsTheReviewRoutingTable()
    {
        // Given
        var xml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Decisions", "Fixtures", "routing.dmn"));

        // When
        var result = new DmnParser().Parse(xml);

        // Then
        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        Assert.Equal(["routing", "timeLimit"], result.Definitions!.Decisions.Keys.Order());
    }
}
