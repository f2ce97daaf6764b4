using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Forms.Feel;

namespace SocialInsurance.Workflows.Tests.Decisions;

/// <summary>Every form of input entry the subset accepts, against values of each type.</summary>
public sealed class UnaryTestTests
{
    [Theory]
    [InlineData("-", "5", true)]
    [InlineData("", "5", true)]
    [InlineData("5", "5", true)]
    [InlineData("5", "6", false)]
    [InlineData("< 10", "9.5", true)]
    [InlineData("< 10", "10", false)]
    [InlineData("<= 10", "10", true)]
    [InlineData("> -3", "-2", true)]
    [InlineData(">= 3", "2", false)]
    [InlineData("!= 3", "2", true)]
    [InlineData("[1..10]", "1", true)]
    [InlineData("[1..10]", "10", true)]
    [InlineData("(1..10]", "1", false)]
    [InlineData("]1..10]", "1", false)]
    [InlineData("[1..10)", "10", false)]
    [InlineData("[1..10[", "10", false)]
    [InlineData("[1.5..2.5]", "2", true)]
    [InlineData("\"a\",\"b\"", "\"b\"", true)]
    [InlineData("\"a\",\"b\"", "\"c\"", false)]
    [InlineData("not(\"a\",\"b\")", "\"c\"", true)]
    [InlineData("not(\"a\",\"b\")", "\"a\"", false)]
    [InlineData("not([1..5])", "7", true)]
    [InlineData("< 3, > 8", "9", true)]
    [InlineData("< 3, > 8", "5", false)]
    [InlineData("true", "true", true)]
    [InlineData("false", "true", false)]
    [InlineData("null", "null", true)]
    [InlineData("\"a\"", "null", false)]
    [InlineData("< 10", "\"5\"", false)]
    [InlineData("not(\"a\")", "5", true)]
    [InlineData("limit", "7", true)]
    [InlineData("< limit", "7", false)]
    [InlineData("cellInput", "7", true)]
    [InlineData("[date(\"2026-01-01\")..date(\"2026-12-31\")]", "\"2026-03-02\"", true)]
    [InlineData("< date(\"2026-01-01\")", "\"2026-03-02\"", false)]
    [InlineData("\"x\\\"y\"", "\"x\\\"y\"", true)]
    public void InputEntry_MatchesAsFeelSays(string entry, string valueJson, bool expected)
    {
        // Given
        var typeRef = entry.Contains("date(") ? "date" : null;
        var xml = Dmn.Table("FIRST", [typeRef is null ? "value" : $"value:{typeRef}"], ["hit"], [[entry, "true"]]);

        // When
        var result = Dmn.Evaluate(xml, new JsonObject { ["value"] = JsonNode.Parse(valueJson), ["limit"] = 7 });

        // Then
        Assert.Equal(expected, result.Entries.Count == 1);
    }

    [Theory]
    [InlineData("? > 5", "'?'")]
    [InlineData("[1..", "the end of the entry")]
    [InlineData("[1..5", "closing the interval")]
    [InlineData("contains(\"a\")", "function call")]
    [InlineData("1 + 2", "'+'")]
    [InlineData("date(\"2026-13-01\")", "date(\"yyyy-MM-dd\")")]
    [InlineData("not(1", "')' closing not(")]
    [InlineData("a and b", "Expected ',' or the end")]
    [InlineData("and", "keyword 'and'")]
    public void InputEntry_OutsideTheSubset_IsRefusedWithWhy(string entry, string expectedFragment)
    {
        // When
        var error = Assert.Throws<FeelException>(() => FeelUnaryTests.Parse(entry));

        // Then
        Assert.Contains(expectedFragment, error.Message);
    }

    [Fact]
    public void FormExpression_StillRefusesRanges_AfterTheLexerLearnedThem()
    {
        // When
        var error = Assert.Throws<FeelException>(() => FeelParser.Parse("x in [1..5]"));

        // Then
        Assert.Contains("'..'", error.Message);
    }
}
