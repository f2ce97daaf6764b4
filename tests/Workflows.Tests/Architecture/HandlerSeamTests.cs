using NetArchTest.Rules;
using SocialInsurance.Workflows.Execution.Elements;
using SocialInsurance.Workflows.Parsing;

namespace SocialInsurance.Workflows.Tests.Architecture;

/// <summary>
/// Element handlers change an instance only through the behaviours of their <see cref="ElementContext"/> (Zeebe's
/// BpmnBehaviors): a handler that reached the step, the session or the instance row could move tokens or write rows
/// behind the journal's and the incident rules' back.
/// </summary>
public class HandlerSeamTests
{
    private static readonly System.Reflection.Assembly Engine = typeof(BpmnParser).Assembly;

    [Fact]
    public void ElementHandlers_DoNotReachTheStepTheSessionOrTheInstance_WhenCompiled()
    {
        // Given: the handlers and their helpers; the context and the registry are the two types that bind them to a step
        var selected = Handlers().GetTypes().Select(t => t.Name).ToList();

        // When
        var result = Handlers().ShouldNot().HaveDependencyOnAny(
            "SocialInsurance.Workflows.Execution.Interpreter",
            "SocialInsurance.Workflows.Execution.IWorkflowSession",
            "SocialInsurance.Workflows.Execution.IStepTransaction",
            "SocialInsurance.Workflows.Execution.Instances").GetResult();

        // Then
        Assert.True(selected.Count > 20, $"expected every element handler to be selected, but got {string.Join(", ", selected)}");
        Assert.True(result.IsSuccessful,
            $"handlers reach past their behaviours: {string.Join(", ", result.FailingTypes?.Select(t => t.FullName) ?? [])}");
    }

    [Fact]
    public void Interpreter_IsInternalToTheEngine_WhenCompiled()
    {
        // Given: the step, its services and behaviours — what the seams above keep from handlers, kept from hosts too
        var interpreter = Types.InAssembly(Engine).That().ResideInNamespace("SocialInsurance.Workflows.Execution.Interpreter");

        // When
        var result = interpreter.Should().NotBePublic().GetResult();

        // Then
        Assert.True(interpreter.GetTypes().Count() > 10, "expected the step and its behaviours to be selected");
        Assert.True(result.IsSuccessful,
            $"public outside the engine: {string.Join(", ", result.FailingTypes?.Select(t => t.FullName) ?? [])}");
    }

    private static PredicateList Handlers() =>
        Types.InAssembly(Engine).That().ResideInNamespace("SocialInsurance.Workflows.Execution.Elements")
            .And().DoNotHaveName(nameof(ElementContext))
            .And().DoNotHaveName(nameof(ElementHandlerRegistry));
}
