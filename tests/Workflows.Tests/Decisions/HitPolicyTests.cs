using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Decisions.Evaluation;

namespace SocialInsurance.Workflows.Tests.Decisions;

/// <summary>Each hit policy over the same shape of table: an amount column, overlapping ranges, one output.</summary>
public sealed class HitPolicyTests
{
    private static readonly string[][] Overlapping =
    [
        ["< 1000", "\"low\""],
        ["[500..2000]", "\"middle\""],
        ["> 1500", "\"high\""],
    ];

    [Theory]
    [InlineData("FIRST", 700, "[{\"level\":\"low\"}]")]
    [InlineData("FIRST", 1800, "[{\"level\":\"middle\"}]")]
    [InlineData("RULE ORDER", 700, "[{\"level\":\"low\"},{\"level\":\"middle\"}]")]
    [InlineData("COLLECT", 1800, "[{\"level\":\"middle\"},{\"level\":\"high\"}]")]
    [InlineData("UNIQUE", 1200, "[{\"level\":\"middle\"}]")]
    [InlineData("UNIQUE", -5, "[{\"level\":\"low\"}]")]
    [InlineData("FIRST", 5000, "[{\"level\":\"high\"}]")]
    public void HitPolicy_SelectsHits_AsCamunda7Does(string hitPolicy, int amount, string expected)
    {
        // Given
        var xml = Dmn.Table(hitPolicy, ["amount:integer"], ["level:string"], Overlapping);

        // When
        var result = Dmn.Evaluate(xml, new JsonObject { ["amount"] = amount });

        // Then
        Assert.Equal(expected, Dmn.Json(result));
    }

    [Fact]
    public void HitPolicy_Unique_FailsWithTheMatchingRules_WhenTwoRulesMatch()
    {
        // Given
        var xml = Dmn.Table("UNIQUE", ["amount:integer"], ["level:string"], Overlapping);

        // When
        var error = Assert.Throws<DecisionEvaluationException>(() => Dmn.Evaluate(xml, new JsonObject { ["amount"] = 700 }));

        // Then
        Assert.Equal("Expected at most one matching rule, but 2 rules match (decisionRule1, decisionRule2) for hit policy UNIQUE of decision 'decision'", error.Message);
    }

    [Fact]
    public void HitPolicy_Any_ReturnsOneHit_WhenMatchingRulesAgree()
    {
        // Given
        var xml = Dmn.Table("ANY", ["vacationDays:integer", "onProbation:boolean"], ["result:string"],
        [
            ["0", "-", "\"refused\""],
            ["-", "true", "\"refused\""],
            ["> 0", "false", "\"applied\""],
        ]);

        // When
        var result = Dmn.Evaluate(xml, new JsonObject { ["vacationDays"] = 0, ["onProbation"] = true });

        // Then
        Assert.Equal("[{\"result\":\"refused\"}]", Dmn.Json(result));
        Assert.Equal(["decisionRule1"], result.MatchedRules);
    }

    [Fact]
    public void HitPolicy_Any_Fails_WhenMatchingRulesDisagree()
    {
        // Given
        var xml = Dmn.Table("ANY", ["amount:integer"], ["level:string"], Overlapping);

        // When
        var error = Assert.Throws<DecisionEvaluationException>(() => Dmn.Evaluate(xml, new JsonObject { ["amount"] = 700 }));

        // Then
        Assert.Contains("hit policy ANY", error.Message);
        Assert.Contains("decisionRule1, decisionRule2", error.Message);
    }

    [Theory]
    [InlineData(700, "[{\"level\":\"middle\"}]")]
    [InlineData(1800, "[{\"level\":\"high\"}]")]
    [InlineData(100, "[{\"level\":\"low\"}]")]
    public void HitPolicy_Priority_ReturnsTheHitWhoseOutputRanksHighest(int amount, string expected)
    {
        // Given: output values list the priority, highest first
        var xml = Dmn.Table("PRIORITY", ["amount:integer"], ["level:string"], Overlapping, outputValues: ["\"high\",\"middle\",\"low\""]);

        // When
        var result = Dmn.Evaluate(xml, new JsonObject { ["amount"] = amount });

        // Then
        Assert.Equal(expected, Dmn.Json(result));
    }

    [Fact]
    public void HitPolicy_OutputOrder_ReturnsEveryHitByDecreasingPriority()
    {
        // Given
        var xml = Dmn.Table("OUTPUT ORDER", ["amount:integer"], ["level:string"], Overlapping, outputValues: ["\"high\",\"middle\",\"low\""]);

        // When
        var result = Dmn.Evaluate(xml, new JsonObject { ["amount"] = 1800 });

        // Then
        Assert.Equal("[{\"level\":\"high\"},{\"level\":\"middle\"}]", Dmn.Json(result));
    }

    [Theory]
    [InlineData("SUM", 1800, "[{\"points\":30}]")]
    [InlineData("MIN", 1800, "[{\"points\":10}]")]
    [InlineData("MAX", 700, "[{\"points\":10}]")]
    [InlineData("COUNT", 1800, "[{\"points\":2}]")]
    [InlineData("COUNT", 3000, "[{\"points\":1}]")]
    [InlineData("SUM", 0, "[{\"points\":1}]")]
    public void HitPolicy_CollectWithAggregation_GivesOneEntryNamedByTheOutput(string aggregation, int amount, string expected)
    {
        // Given
        var xml = Dmn.Table("COLLECT", ["amount:integer"], ["points:integer"],
            [["< 1000", "1"], ["[500..2000]", "10"], ["> 1500", "20"]], aggregation);

        // When
        var result = Dmn.Evaluate(xml, new JsonObject { ["amount"] = amount });

        // Then
        Assert.Equal(expected, Dmn.Json(result));
    }

    [Theory]
    [InlineData("SUM", "[]")]
    [InlineData("COUNT", "[{\"points\":0}]")]
    public void HitPolicy_CollectWithAggregation_WhenNothingMatches(string aggregation, string expected)
    {
        // Given
        var xml = Dmn.Table("COLLECT", ["amount:integer"], ["points:integer"], [["< 0", "1"]], aggregation);

        // When
        var result = Dmn.Evaluate(xml, new JsonObject { ["amount"] = 5 });

        // Then
        Assert.Equal(expected, Dmn.Json(result));
    }

    [Fact]
    public void HitPolicy_CollectSum_Fails_WhenAnOutputIsNotANumber()
    {
        // Given
        var xml = Dmn.Table("COLLECT", ["amount:integer"], ["points"], [["-", "\"ten\""]], "SUM");

        // When
        var error = Assert.Throws<DecisionEvaluationException>(() => Dmn.Evaluate(xml, new JsonObject { ["amount"] = 5 }));

        // Then
        Assert.Equal("Expected numbers to aggregate with SUM, but found the string \"ten\" for hit policy COLLECT of decision 'decision'", error.Message);
    }

    [Fact]
    public void HitPolicy_Unique_GivesAnEmptyResult_WhenNoRuleMatches()
    {
        // Given
        var xml = Dmn.Table("UNIQUE", ["amount:integer"], ["level:string"], [["< 0", "\"negative\""]]);

        // When
        var result = Dmn.Evaluate(xml, new JsonObject { ["amount"] = 5 });

        // Then
        Assert.Equal("[]", Dmn.Json(result));
    }
}
