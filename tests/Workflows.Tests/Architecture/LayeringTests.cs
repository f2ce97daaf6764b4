using NetArchTest.Rules;
using SocialInsurance.Workflows.Parsing;

namespace SocialInsurance.Workflows.Tests.Architecture;

/// <summary>
/// The engine's core must stay free of storage and job infrastructure so it can be tested synchronously and
/// reasoned about without a database (STYLE.md, "Layout").
/// </summary>
public class LayeringTests
{
    [Theory]
    [InlineData("SocialInsurance.Workflows.Model")]
    [InlineData("SocialInsurance.Workflows.Parsing")]
    [InlineData("SocialInsurance.Workflows.Validation")]
    [InlineData("SocialInsurance.Workflows.Execution")]
    [InlineData("SocialInsurance.Workflows.Decisions")]
    public void EngineCore_DoesNotDependOnEfCoreOrHangfire(string ns)
    {
        // Given
        var selected = Types.InAssembly(typeof(BpmnParser).Assembly).That().ResideInNamespace(ns).GetTypes().Count();

        // When
        var result = Types.InAssembly(typeof(BpmnParser).Assembly).That().ResideInNamespace(ns).ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Hangfire").GetResult();

        // Then
        // Execution is written on another branch; until it lands here the rule has nothing to check for it.
        if (ns != "SocialInsurance.Workflows.Execution")
            Assert.True(selected > 0, $"no types selected in {ns}");
        Assert.True(result.IsSuccessful,
            $"{ns} depends on EF Core or Hangfire: {string.Join(", ", result.FailingTypes?.Select(t => t.FullName) ?? [])}");
    }

    [Fact]
    public void EngineCore_RuleCoversNestedNamespaces_WhenSelectingParsing()
    {
        // Given / When
        var names = Types.InAssembly(typeof(BpmnParser).Assembly).That()
            .ResideInNamespace("SocialInsurance.Workflows.Parsing").GetTypes().Select(t => t.FullName).ToList();

        // Then: readers in Parsing.Events are checked too, not only the top folder
        Assert.Contains("SocialInsurance.Workflows.Parsing.Events.EventDefinitionReader", names);
    }
}
