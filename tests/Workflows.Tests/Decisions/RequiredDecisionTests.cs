using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Decisions.Evaluation;

namespace SocialInsurance.Workflows.Tests.Decisions;

public sealed class RequiredDecisionTests
{
    private static string Routing => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Decisions", "Fixtures", "routing.dmn"));

    [Theory]
    [InlineData("Resumption", "6501", "[{\"reviewGroup\":\"reviewers-6501-fast\",\"urgent\":true}]")]
    [InlineData("NewEnrollment", "6501", "[{\"reviewGroup\":\"reviewers-6501\",\"urgent\":false}]")]
    [InlineData("NewEnrollment", "6502", "[{\"reviewGroup\":\"reviewers-65\",\"urgent\":false}]")]
    public void RequiredDecision_IsEvaluatedFirst_AndItsOutputsAreInputs(string type, string region, string expected)
    {
        // When
        var result = Dmn.Evaluate(Routing, new JsonObject { ["applicationType"] = type, ["regionCode"] = region }, "routing");

        // Then
        Assert.Equal(expected, Dmn.Json(result));
    }

    [Fact]
    public void RequiredDecision_WithSeveralHits_GivesAListToTheDecisionThatRequiresIt()
    {
        // Given: "all" collects two values; the requiring decision tests the list's count through COLLECT COUNT's sibling
        var xml = Dmn.Definitions(
            Dmn.Decision("flags", "COLLECT", ["x:integer"], ["flag"], [["> 0", "\"a\""], ["> 1", "\"b\""]]) +
            Dmn.Decision("decision", "FIRST", ["flag"], ["seen"], [["-", "flag"]], requirements: Dmn.Requires("flags")));

        // When
        var result = Dmn.Evaluate(xml, new JsonObject { ["x"] = 5 });

        // Then
        Assert.Equal("[{\"seen\":[\"a\",\"b\"]}]", Dmn.Json(result));
    }

    [Fact]
    public void Input_OfTheWrongType_FailsNamingTheColumn()
    {
        // When
        var error = Assert.Throws<DecisionEvaluationException>(() =>
            Dmn.Evaluate(Routing, new JsonObject { ["applicationType"] = 3, ["regionCode"] = "6501" }, "routing"));

        // Then
        Assert.Equal("Expected input 'Application type' of decision 'timeLimit' to be of type string, but found the number 3", error.Message);
    }

    [Theory]
    [InlineData("resultList", "6501", "[{\"reviewGroup\":\"reviewers-6501\",\"urgent\":false}]")]
    [InlineData("singleResult", "6501", "{\"reviewGroup\":\"reviewers-6501\",\"urgent\":false}")]
    [InlineData("singleResult", "none", "null")]
    public void ResultMapping_ShapesTheVariable(string mapping, string region, string expected)
    {
        // Given
        var xml = Dmn.Table("UNIQUE", ["regionCode"], ["reviewGroup", "urgent:boolean"],
            [["\"6501\"", "\"reviewers-6501\"", "false"]]);
        var result = Dmn.Evaluate(xml, new JsonObject { ["regionCode"] = region });

        // When
        var mapped = DecisionResultMappings.Map(result, DecisionResultMappings.Parse(mapping)!.Value);

        // Then
        Assert.Equal(expected, mapped?.ToJsonString() ?? "null");
    }

    [Theory]
    [InlineData("singleEntry", "\"a\"")]
    [InlineData("collectEntries", "[\"a\"]")]
    public void ResultMapping_OfOneOutput(string mapping, string expected)
    {
        // Given
        var result = Dmn.Evaluate(Dmn.Table("FIRST", ["x"], ["y"], [["-", "\"a\""]]), new JsonObject());

        // When
        var mapped = DecisionResultMappings.Map(result, DecisionResultMappings.Parse(mapping)!.Value);

        // Then
        Assert.Equal(expected, mapped!.ToJsonString());
    }

    [Theory]
    [InlineData("singleEntry", "at most one hit")]
    [InlineData("singleResult", "at most one hit")]
    [InlineData("collectEntries", "one output per hit")]
    public void ResultMapping_Fails_WhenTheResultDoesNotFit(string mapping, string expected)
    {
        // Given: two hits of two outputs each
        var result = Dmn.Evaluate(Dmn.Table("RULE ORDER", ["x"], ["y", "z"], [["-", "1", "2"], ["-", "3", "4"]]), new JsonObject());

        // When
        var error = Assert.Throws<DecisionEvaluationException>(() => DecisionResultMappings.Map(result, DecisionResultMappings.Parse(mapping)!.Value));

        // Then
        Assert.Contains(expected, error.Message);
    }
}
