using System.Diagnostics;
using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Expressions;

namespace SocialInsurance.Workflows.Tests.Expressions;

public sealed class SandboxTests
{
    // Small limits keep every runaway script here well under a second.
    private static JintOptions SmallLimits() => new()
    {
        Timeout = TimeSpan.FromMilliseconds(300),
        MemoryLimitBytes = 1024 * 1024,
        MaxStatements = 10_000,
        MaxRecursionDepth = 16,
    };

    [Theory]
    [InlineData("while (true) {}")]
    [InlineData("for (;;) { let x = 1; }")]
    [InlineData("try { while (true) {} } catch (e) { 'swallowed' }")]
    public void RunScript_StopsAnEndlessLoop_AtTheStatementLimit(string script)
    {
        // Given
        var evaluator = new JintExpressionEvaluator(SmallLimits());

        // When
        var failure = Assert.Throws<ExpressionException>(() => evaluator.RunScript(script, new JsonObject()));

        // Then
        Assert.Equal(ExpressionErrorKind.StatementLimit, failure.Kind);
        Assert.Equal("Script exceeded the statement limit of 10,000", failure.Message);
    }

    [Fact]
    public void Evaluate_StopsAnEndlessLoop_AtTheTimeLimit_WhenStatementsAreNotTheBound()
    {
        // Given
        var options = SmallLimits();
        options.MaxStatements = int.MaxValue - 1;
        options.Timeout = TimeSpan.FromMilliseconds(100);
        var evaluator = new JintExpressionEvaluator(options);
        var clock = Stopwatch.StartNew();

        // When
        var failure = Assert.Throws<ExpressionException>(() => evaluator.Evaluate("${ (() => { while (true) {} })() }", new JsonObject()));

        // Then
        Assert.Equal(ExpressionErrorKind.Timeout, failure.Kind);
        Assert.Equal("Expression '${ (() => { while (true) {} })() }' exceeded the time limit of 100 ms", failure.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void EvaluateCondition_StopsCatastrophicBacktracking_AtTheTimeLimit()
    {
        // Given
        var options = SmallLimits();
        options.Timeout = TimeSpan.FromMilliseconds(100);
        var evaluator = new JintExpressionEvaluator(options);
        var variables = new JsonObject { ["input"] = new string('a', 40) + "!" };

        // When
        var failure = Assert.Throws<ExpressionException>(() => evaluator.EvaluateCondition("/^(a+)+$/.test(input)", variables));

        // Then
        Assert.Equal(ExpressionErrorKind.Timeout, failure.Kind);
    }

    [Theory]
    [InlineData("var a = []; while (true) a.push(new Array(100000));")]
    [InlineData("let s = 'x'; while (true) s += s;")]
    public void RunScript_StopsRunawayAllocation_AtTheMemoryLimit(string script)
    {
        // Given
        var options = SmallLimits();
        options.MaxStatements = 1_000_000;
        var evaluator = new JintExpressionEvaluator(options);

        // When
        var failure = Assert.Throws<ExpressionException>(() => evaluator.RunScript(script, new JsonObject()));

        // Then
        Assert.Equal(ExpressionErrorKind.Memory, failure.Kind);
        Assert.Equal("Script exceeded the memory limit of 1 MB", failure.Message);
    }

    [Fact]
    public void RunScript_AppliesTheMemoryLimitPerEvaluation_NotToTheEnginesLifetime()
    {
        // Given
        var evaluator = new JintExpressionEvaluator(SmallLimits());
        const string script = "new Array(20000).fill(1).length";

        // When
        var lengths = Enumerable.Range(0, 20).Select(_ => evaluator.RunScript(script, new JsonObject()).Value!.GetValue<int>()).ToList();

        // Then
        Assert.All(lengths, length => Assert.Equal(20000, length));
    }

    [Theory]
    [InlineData("function f(n) { return f(n + 1); } f(0);")]
    [InlineData("const o = { get deep() { return this.deep; } }; o.deep;")]
    public void RunScript_StopsUnboundedRecursion_AtTheRecursionLimit(string script)
    {
        // Given
        var evaluator = new JintExpressionEvaluator(SmallLimits());

        // When
        var failure = Assert.Throws<ExpressionException>(() => evaluator.RunScript(script, new JsonObject()));

        // Then
        Assert.Equal(ExpressionErrorKind.Recursion, failure.Kind);
        Assert.StartsWith("Script exceeded the recursion depth limit of 16", failure.Message);
    }

    [Fact]
    public void RunScript_AllowsRecursion_WithinTheLimit()
    {
        // Given
        var evaluator = new JintExpressionEvaluator(SmallLimits());

        // When
        var result = evaluator.RunScript("function f(n) { return n === 0 ? 0 : 1 + f(n - 1); } f(10);", new JsonObject());

        // Then
        Assert.Equal(10, result.Value!.GetValue<int>());
    }

    [Theory]
    [InlineData("System.IO.File.ReadAllText('/etc/passwd')")]
    [InlineData("importNamespace('System').IO.File.Exists('/etc/passwd')")]
    [InlineData("clrHelper.typeOf(1)")]
    [InlineData("execution.GetType().Assembly")]
    [InlineData("execution.getVariable.constructor('return this')()")]
    [InlineData("eval('1 + 1')")]
    [InlineData("require('fs')")]
    [InlineData("process.exit(1)")]
    public void Evaluate_DeniesHostAccess_AndTheHostKeepsEvaluating(string attempt)
    {
        // Given
        var evaluator = new JintExpressionEvaluator(SmallLimits());

        // When
        var failure = Assert.Throws<ExpressionException>(() => evaluator.Evaluate(attempt, new JsonObject()));
        var afterwards = evaluator.Evaluate("${1 + 1}", new JsonObject());

        // Then
        Assert.Equal(ExpressionErrorKind.Runtime, failure.Kind);
        Assert.Equal(2, afterwards!.GetValue<int>());
    }

    [Theory]
    [InlineData("while (true) {}")]
    [InlineData("var a = []; while (true) a.push(new Array(100000));")]
    [InlineData("function f() { return f(); } f();")]
    public void RunScript_KeepsWorking_AfterALimitWasHit(string runaway)
    {
        // Given
        var evaluator = new JintExpressionEvaluator(SmallLimits());
        Assert.Throws<ExpressionException>(() => evaluator.RunScript(runaway, new JsonObject()));

        // When
        var result = evaluator.RunScript("execution.setVariable('ok', true); 42", new JsonObject());

        // Then
        Assert.Equal(42, result.Value!.GetValue<int>());
        Assert.True(result.SetVariables["ok"]!.GetValue<bool>());
    }

    [Fact]
    public void Evaluate_DoesNotSeeVariablesOfAnEarlierEvaluation_OnTheSameThread()
    {
        // Given
        var evaluator = new JintExpressionEvaluator();
        evaluator.EvaluateCondition("secret === 'first case'", new JsonObject { ["secret"] = "first case" });

        // When
        var seen = evaluator.Evaluate("typeof secret", new JsonObject());

        // Then
        Assert.Equal("undefined", seen!.GetValue<string>());
    }

    [Fact]
    public void RunScript_DoesNotLeaveGlobals_ForTheNextEvaluation()
    {
        // Given
        var evaluator = new JintExpressionEvaluator();
        evaluator.RunScript("var declared = 1; let scoped = 2; globalThis.attached = 3; function helper() {}", new JsonObject());

        // When
        var seen = evaluator.Evaluate("[typeof declared, typeof scoped, typeof attached, typeof helper].join()", new JsonObject());

        // Then
        Assert.Equal("undefined,undefined,undefined,undefined", seen!.GetValue<string>());
    }

    [Fact]
    public void RunScript_DoesNotLeaveGlobals_WhenTheScriptFailed()
    {
        // Given
        var evaluator = new JintExpressionEvaluator();
        Assert.Throws<ExpressionException>(() => evaluator.RunScript("var half = 1; throw new Error('stop');", new JsonObject()));

        // When
        var seen = evaluator.Evaluate("typeof half", new JsonObject());

        // Then
        Assert.Equal("undefined", seen!.GetValue<string>());
    }

    [Theory]
    [InlineData("Object.prototype.polluted = 1")]
    [InlineData("Array.prototype.polluted = 1")]
    [InlineData("Math.polluted = 1")]
    [InlineData("JSON.stringify = () => 'polluted'")]
    [InlineData("Object.prototype.toString = () => 'polluted'")]
    public void RunScript_CannotChangeBuiltIns_SoNothingLeaksThroughPooledEngines(string script)
    {
        // Given
        var evaluator = new JintExpressionEvaluator();

        // When
        var failure = Assert.Throws<ExpressionException>(() => evaluator.RunScript(script, new JsonObject()));
        var seen = evaluator.Evaluate("[({}).polluted, [].polluted, Math.polluted, JSON.stringify(1), String({})].join()", new JsonObject());

        // Then
        Assert.Equal(ExpressionErrorKind.Runtime, failure.Kind);
        Assert.Equal(",,,1,[object Object]", seen!.GetValue<string>());
    }

    [Fact]
    public void Evaluate_GivesEachCallItsOwnVariables_WhenCalledInParallel()
    {
        // Given
        var evaluator = new JintExpressionEvaluator();
        var results = new int[2_000];
        var conditions = new bool[results.Length];

        // When
        Parallel.For(0, results.Length, i =>
        {
            var variables = new JsonObject { ["n"] = i, ["applicant"] = new JsonObject { ["age"] = i % 100 } };
            results[i] = evaluator.Evaluate("${ n * 2 }", variables)!.GetValue<int>();
            conditions[i] = evaluator.EvaluateCondition("applicant.age >= 18", variables);
            evaluator.RunScript("var fromScript = n; execution.setVariable('n', n)", variables);
        });

        // Then
        Assert.All(Enumerable.Range(0, results.Length), i => Assert.Equal(i * 2, results[i]));
        Assert.All(Enumerable.Range(0, results.Length), i => Assert.Equal(i % 100 >= 18, conditions[i]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_RejectsALimitThatWouldSwitchTheSandboxOff(int value)
    {
        // Given
        var options = new JintOptions { MaxStatements = value };

        // When
        var failure = Assert.Throws<ArgumentOutOfRangeException>(() => new JintExpressionEvaluator(options));

        // Then
        Assert.Equal(nameof(JintOptions.MaxStatements), failure.ParamName);
    }
}
