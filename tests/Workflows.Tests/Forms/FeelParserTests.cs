using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Forms.Feel;

namespace SocialInsurance.Workflows.Tests.Forms;

public sealed class FeelParserTests
{
    private static readonly JsonObject Data = new()
    {
        ["decision"] = "approve",
        ["amount"] = 5000,
        ["urgent"] = true,
        ["note"] = null,
        ["bank"] = new JsonObject { ["code"] = "ICBC" },
    };

    private static object? Eval(string expression) => FeelParser.Parse(expression).Evaluate(FeelValues.Resolver(Data));

    [Theory]
    [InlineData("=decision = \"approve\"", true)]
    [InlineData("=decision != \"approve\"", false)]
    [InlineData("=amount < 6000", true)]
    [InlineData("=amount <= 5000", true)]
    [InlineData("=amount > 5000", false)]
    [InlineData("=amount >= 5000.0", true)]
    [InlineData("=amount > -1", true)]
    [InlineData("=\"b\" > \"a\"", true)]
    public void Comparison_ComparesValuesOfTheSameType(string expression, bool expected)
    {
        // Given the data above // When // Then
        Assert.Equal(expected, Eval(expression));
    }

    [Theory]
    [InlineData("=urgent and amount > 1000", true)]
    [InlineData("=urgent and amount > 9000", false)]
    [InlineData("=not(urgent) or decision = \"approve\"", true)]
    [InlineData("=not(urgent)", false)]
    [InlineData("=(decision = \"reject\" or decision = \"approve\") and urgent = true", true)]
    public void Logic_CombinesConditions(string expression, bool expected) => Assert.Equal(expected, Eval(expression));

    [Theory]
    [InlineData("=note = null", true)]
    [InlineData("=missing = null", true)]
    [InlineData("=decision = null", false)]
    [InlineData("=missing != \"approve\"", true)]
    public void Null_EqualsOnlyNull(string expression, bool expected) => Assert.Equal(expected, Eval(expression));

    [Theory]
    [InlineData("=missing > 3")]
    [InlineData("=decision < 3")]
    [InlineData("=decision = 3")]
    [InlineData("=not(missing)")]
    [InlineData("=missing > 3 and urgent")]
    public void MixedTypes_GiveNull(string expression) => Assert.Null(Eval(expression));

    [Fact]
    public void And_IsFalse_WhenOneSideIsFalseAndTheOtherNull() => Assert.Equal(false, Eval("=missing > 3 and false"));

    [Fact]
    public void Or_IsTrue_WhenOneSideIsTrueAndTheOtherNull() => Assert.Equal(true, Eval("=missing > 3 or true"));

    [Theory]
    [InlineData("=decision in [\"approve\", \"reject\"]", true)]
    [InlineData("=decision in [\"supplement\"]", false)]
    [InlineData("=amount in [1, 5000]", true)]
    [InlineData("=missing in []", false)]
    public void In_TestsListMembership(string expression, bool expected) => Assert.Equal(expected, Eval(expression));

    [Theory]
    [InlineData("=\"a\\\"b\"", "a\"b")]
    [InlineData("=true", true)]
    [InlineData("=false", false)]
    [InlineData("=null", null)]
    [InlineData("= bank.code", "ICBC")]
    [InlineData("=bank.missing", null)]
    public void Literals_AndNames_Evaluate(string expression, object? expected) => Assert.Equal(expected, Eval(expression));

    [Fact]
    public void Number_IsDecimal() => Assert.Equal(12.5m, Eval("=12.5"));

    [Theory]
    [InlineData("=amount + 1", "'+'")]
    [InlineData("=upper case(decision)", "names with spaces")]
    [InlineData("=contains(decision, \"a\")", "function call")]
    [InlineData("=decision in (1..3)", "list")]
    [InlineData("=decision =", "end of the expression")]
    [InlineData("=(decision = \"a\"", "')'")]
    [InlineData("=\"open", "closing")]
    [InlineData("=", "empty")]
    [InlineData("=a = 1 b", "end of the expression")]
    [InlineData("=1.2.3", "number")]
    [InlineData("=and", "keyword")]
    [InlineData("=if a then b else c", "names with spaces")]
    public void Parse_RejectsWhatItCannotEvaluate(string expression, string reason)
    {
        // Given an expression outside the subset // When
        var error = Assert.Throws<FeelException>(() => FeelParser.Parse(expression));

        // Then the message says why
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ReportsThePositionInTheOriginalText()
    {
        var error = Assert.Throws<FeelException>(() => FeelParser.Parse("=a = 1 + 2"));
        Assert.Equal(7, error.Position);
    }
}
