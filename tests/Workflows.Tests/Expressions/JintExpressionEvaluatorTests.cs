using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Expressions;

namespace SocialInsurance.Workflows.Tests.Expressions;

public sealed class JintExpressionEvaluatorTests
{
    private static readonly JintExpressionEvaluator Evaluator = new();

    private static JsonObject Variables() => JsonNode.Parse("""
        {
          "wage": 4500,
          "rate": 0.2,
          "region": "650100",
          "approved": true,
          "comment": "",
          "nothing": null,
          "applicant": { "name": "张三", "age": 41, "address": { "city": "乌鲁木齐" } },
          "insurances": ["pension", "medical"]
        }
        """)!.AsObject();

    [Theory]
    [InlineData("wage > 4000", true)]
    [InlineData("wage * rate === 900", true)]
    [InlineData("${wage >= 5000}", false)]
    [InlineData("${ region === '650100' }", true)]
    [InlineData("  ${approved}  ", true)]
    [InlineData("!approved", false)]
    [InlineData("applicant.age >= 18 && applicant.address.city === '乌鲁木齐'", true)]
    [InlineData("insurances.includes('medical')", true)]
    [InlineData("insurances.length === 3", false)]
    [InlineData("comment", false)]
    [InlineData("nothing", false)]
    [InlineData("wage - 4500", false)]
    [InlineData("applicant", true)]
    [InlineData("typeof missing === 'undefined'", true)]
    [InlineData("execution.getVariable('wage') === wage", true)]
    public void EvaluateCondition_UsesJavaScriptTruthiness_ForVariablesOfEveryJsonKind(string expression, bool expected)
    {
        // Given
        var variables = Variables();

        // When
        var result = Evaluator.EvaluateCondition(expression, variables);

        // Then
        Assert.Equal(expected, result);
    }

    [Fact]
    public void Evaluate_ReturnsJson_WhenTheValueIsAnObject()
    {
        // Given
        var variables = Variables();

        // When
        var result = Evaluator.Evaluate("${ { name: applicant.name, contribution: wage * rate, kinds: insurances.length, at: new Date(0) } }", variables);

        // Then
        var json = Assert.IsType<JsonObject>(result);
        Assert.Equal("张三", json["name"]!.GetValue<string>());
        Assert.Equal(900m, json["contribution"]!.GetValue<decimal>());
        Assert.Equal(2, json["kinds"]!.GetValue<int>());
        Assert.Equal("1970-01-01T00:00:00.000Z", json["at"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("undefined")]
    [InlineData("null")]
    [InlineData("nothing")]
    [InlineData("(() => 1)")]
    public void Evaluate_ReturnsNull_WhenTheValueHasNoJsonForm(string expression)
    {
        // Given
        var variables = Variables();

        // When
        var result = Evaluator.Evaluate(expression, variables);

        // Then
        Assert.Null(result);
    }

    [Fact]
    public void Evaluate_ReturnsAnArrayOfScalars_WhenTheExpressionMapsAList()
    {
        // Given
        var variables = Variables();

        // When
        var result = Evaluator.Evaluate("insurances.map(kind => kind.toUpperCase())", variables);

        // Then
        Assert.Equal("""["PENSION","MEDICAL"]""", result!.ToJsonString());
    }

    [Theory]
    [InlineData("no expression here", "no expression here")]
    [InlineData("wage > 4000", "wage > 4000")]
    [InlineData("${applicant.name}", "张三")]
    [InlineData("${wage * rate}", "900")]
    [InlineData("${approved}", "true")]
    [InlineData("${insurances}", """["pension","medical"]""")]
    [InlineData("Dear ${applicant.name}, your contribution is ${wage * rate} yuan.", "Dear 张三, your contribution is 900 yuan.")]
    [InlineData("${ applicant.name }/${ `${region}-${insurances[0]}` }", "张三/650100-pension")]
    [InlineData("[${nothing}]", "[]")]
    public void EvaluateText_ReturnsLiteralsAsTheyAre_AndInterpolatesEachPlaceholder(string text, string expected)
    {
        // Given
        var variables = Variables();

        // When
        var result = Evaluator.EvaluateText(text, variables);

        // Then
        Assert.Equal(expected, result);
    }

    [Fact]
    public void EvaluateText_ReturnsNull_WhenTheWholeTextIsOneExpressionWithoutValue()
    {
        // Given
        var variables = Variables();

        // When
        var result = Evaluator.EvaluateText("${nothing}", variables);

        // Then
        Assert.Null(result);
    }

    [Fact]
    public void EvaluateText_FailsWithSyntax_WhenAPlaceholderIsNeverClosed()
    {
        // Given
        var variables = Variables();

        // When
        var failure = Assert.Throws<ExpressionException>(() => Evaluator.EvaluateText("Dear ${applicant.name", variables));

        // Then
        Assert.Equal(ExpressionErrorKind.Syntax, failure.Kind);
        Assert.Contains("Expected '}' to close the '${' at position 6", failure.Message);
    }

    [Fact]
    public void Evaluate_FailsWithAClearRuntimeError_WhenAVariableIsNotDefined()
    {
        // Given
        var variables = Variables();

        // When
        var failure = Assert.Throws<ExpressionException>(() => Evaluator.Evaluate("${x.y}", variables));

        // Then
        Assert.Equal(ExpressionErrorKind.Runtime, failure.Kind);
        Assert.Equal("Expression '${x.y}' failed: x is not defined", failure.Message);
        Assert.Equal("${x.y}", failure.Expression);
    }

    [Theory]
    [InlineData("${wage >}")]
    [InlineData("wage > > 1")]
    [InlineData("${}")]
    [InlineData("   ")]
    public void Evaluate_FailsWithSyntax_WhenTheTextIsNotAnExpression(string expression)
    {
        // Given
        var variables = Variables();

        // When
        var failure = Assert.Throws<ExpressionException>(() => Evaluator.Evaluate(expression, variables));

        // Then
        Assert.Equal(ExpressionErrorKind.Syntax, failure.Kind);
    }

    [Fact]
    public void Evaluate_ReportsThePosition_WhenTheSyntaxIsWrong()
    {
        // Given
        var variables = Variables();

        // When
        var failure = Assert.Throws<ExpressionException>(() => Evaluator.Evaluate("${wage >}", variables));

        // Then
        Assert.StartsWith("Expression '${wage >}' has a syntax error: ", failure.Message);
        Assert.Contains("1:7", failure.Message);
    }

    [Fact]
    public void Evaluate_AcceptsAStatementList_AndReturnsTheLastValue()
    {
        // Given
        var variables = Variables();

        // When
        var result = Evaluator.Evaluate("const base = wage * rate; base + 1", variables);

        // Then
        Assert.Equal(901, result!.GetValue<int>());
    }

    [Fact]
    public void EvaluateCondition_KeepsBuiltIns_WhenAVariableHasTheSameName()
    {
        // Given
        var variables = new JsonObject { ["Math"] = "not the real Math", ["value"] = 2.4 };

        // When
        var rounded = Evaluator.Evaluate("Math.round(value)", variables);
        var shadowed = Evaluator.Evaluate("execution.getVariable('Math')", variables);

        // Then
        Assert.Equal(2, rounded!.GetValue<int>());
        Assert.Equal("not the real Math", shadowed!.GetValue<string>());
    }

    [Fact]
    public void Evaluate_TreatsProtoKeysInDataAsPlainKeys_WhenVariablesComeFromApplicants()
    {
        // Given
        var variables = JsonNode.Parse("""{ "form": { "__proto__": { "isAdmin": true } } }""")!.AsObject();

        // When
        var inherited = Evaluator.EvaluateCondition("form.isAdmin === true", variables);
        var own = Evaluator.EvaluateCondition("Object.keys(form).includes('__proto__')", variables);

        // Then
        Assert.False(inherited);
        Assert.True(own);
    }

    [Fact]
    public void Evaluate_FailsWithRuntime_WhenAnExpressionTriesToSetAVariable()
    {
        // Given
        var variables = Variables();

        // When
        var failure = Assert.Throws<ExpressionException>(() => Evaluator.Evaluate("execution.setVariable('wage', 1)", variables));

        // Then
        Assert.Equal(ExpressionErrorKind.Runtime, failure.Kind);
        Assert.Contains("only available in script tasks", failure.Message);
    }
}
