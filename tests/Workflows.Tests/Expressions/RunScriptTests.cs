using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Expressions;

namespace SocialInsurance.Workflows.Tests.Expressions;

public sealed class RunScriptTests
{
    private static readonly JintExpressionEvaluator Evaluator = new();

    [Fact]
    public void RunScript_ReturnsSetVariablesAndCompletionValue_WhenTheScriptCallsSetVariable()
    {
        // Given
        var variables = JsonNode.Parse("""{ "wage": 4500, "insurances": ["pension"] }""")!.AsObject();
        const string script = """
            const contribution = wage * 0.2;
            execution.setVariable('contribution', contribution);
            execution.setVariable('summary', { kinds: insurances, total: contribution, note: undefined });
            execution.setVariable('cleared', null);
            'done:' + execution.getVariable('contribution');
            """;

        // When
        var result = Evaluator.RunScript(script, variables);

        // Then
        Assert.Equal("done:900", result.Value!.GetValue<string>());
        Assert.Equal("""{"contribution":900,"summary":{"kinds":["pension"],"total":900},"cleared":null}""", result.SetVariables.ToJsonString());
    }

    [Fact]
    public void RunScript_LeavesTheInputUnchanged_WhenTheScriptAssignsToAVariableOrItsFields()
    {
        // Given
        var variables = JsonNode.Parse("""{ "wage": 4500, "applicant": { "name": "张三" } }""")!.AsObject();
        var before = variables.ToJsonString();

        // When
        var result = Evaluator.RunScript("wage = 1; applicant.name = 'changed'; applicant.name", variables);

        // Then
        Assert.Equal("changed", result.Value!.GetValue<string>());
        Assert.Equal(before, variables.ToJsonString());
        Assert.Empty(result.SetVariables);
    }

    [Fact]
    public void RunScript_CopiesTheValue_WhenSetVariableIsCalledBeforeTheObjectChanges()
    {
        // Given
        var variables = new JsonObject();

        // When
        var result = Evaluator.RunScript("const o = { n: 1 }; execution.setVariable('o', o); o.n = 2;", variables);

        // Then
        Assert.Equal(1, result.SetVariables["o"]!["n"]!.GetValue<int>());
    }

    [Fact]
    public void RunScript_AllowsOverridingInheritedNames_OnTheScriptsOwnObjects()
    {
        // Given
        const string script = """
            class ValidationError extends Error { constructor(m) { super(m); this.name = 'ValidationError'; } }
            const money = { amount: 5 };
            money.toString = function () { return this.amount + ' yuan'; };
            `${new ValidationError('x').name} ${money}`;
            """;

        // When
        var result = Evaluator.RunScript(script, new JsonObject());

        // Then
        Assert.Equal("ValidationError 5 yuan", result.Value!.GetValue<string>());
    }

    [Fact]
    public void RunScript_ReportsTheThrownMessage_WhenTheScriptThrows()
    {
        // Given
        const string script = "throw new Error('缴费档次 is required')";

        // When
        var failure = Assert.Throws<ExpressionException>(() => Evaluator.RunScript(script, new JsonObject()));

        // Then
        Assert.Equal(ExpressionErrorKind.Runtime, failure.Kind);
        Assert.Equal("Script failed: 缴费档次 is required", failure.Message);
    }

    [Fact]
    public void RunScript_FailsWithRuntime_WhenTheResultCannotBeJson()
    {
        // Given
        const string script = "({ big: 10n })";

        // When
        var failure = Assert.Throws<ExpressionException>(() => Evaluator.RunScript(script, new JsonObject()));

        // Then
        Assert.Equal(ExpressionErrorKind.Runtime, failure.Kind);
        Assert.Contains("BigInt", failure.Message);
    }
}
