using NetArchTest.Rules;
using SocialInsurance.Workflows.Parsing;

namespace SocialInsurance.Workflows.Tests.Architecture;

/// <summary>
/// The engine's core must stay free of storage, job and web infrastructure so it can be tested synchronously and
/// reasoned about without a database or a host (STYLE.md, "Layout"); the interpreter sits below the runtime and the
/// scheduler that drive it, never the other way round.
/// </summary>
public class LayeringTests
{
    private static readonly System.Reflection.Assembly Engine = typeof(BpmnParser).Assembly;

    [Theory]
    [InlineData("SocialInsurance.Workflows.Model")]
    [InlineData("SocialInsurance.Workflows.Parsing")]
    [InlineData("SocialInsurance.Workflows.Validation")]
    [InlineData("SocialInsurance.Workflows.Execution")]
    [InlineData("SocialInsurance.Workflows.Decisions")]
    [InlineData("SocialInsurance.Workflows.Kinds")]
    [InlineData("SocialInsurance.Workflows.Runtime")]
    public void EngineCore_DoesNotDependOnEfCoreHangfireOrAspNet(string ns)
    {
        // Given
        var selected = Types.InAssembly(Engine).That().ResideInNamespace(ns).GetTypes().Count();

        // When
        var result = Types.InAssembly(Engine).That().ResideInNamespace(ns).ShouldNot()
            .HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Hangfire", "Microsoft.AspNetCore").GetResult();

        // Then
        Assert.True(selected > 0, $"no types selected in {ns}");
        Assert.True(result.IsSuccessful,
            $"{ns} depends on EF Core, Hangfire or ASP.NET Core: {string.Join(", ", result.FailingTypes?.Select(t => t.FullName) ?? [])}");
    }

    [Fact]
    public void Engine_ReferencesNeitherAspNetCoreNorHangfireStorage()
    {
        // Given / When: the assemblies the compiled engine actually binds to
        var referenced = Engine.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        // Then: the web host and the job storage are the API's choice
        Assert.DoesNotContain(referenced, n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(referenced, n => n.StartsWith("Hangfire.", StringComparison.Ordinal) && n != "Hangfire.Core");
    }

    /// <summary>
    /// The runtime drives the interpreter and the scheduler drives the runtime; the interpreter (and what it is built
    /// from) reaching back into either made a loop (Execution → Scheduling → Runtime → Execution through the timer
    /// maths, now in Model/Timers).
    /// </summary>
    [Theory]
    [InlineData("SocialInsurance.Workflows.Model")]
    [InlineData("SocialInsurance.Workflows.Parsing")]
    [InlineData("SocialInsurance.Workflows.Validation")]
    [InlineData("SocialInsurance.Workflows.Execution")]
    [InlineData("SocialInsurance.Workflows.Kinds")]
    public void EngineCore_DoesNotDependOnRuntimeSchedulingPersistenceOrHosting(string ns)
    {
        // Given / When
        var result = Types.InAssembly(Engine).That().ResideInNamespace(ns).ShouldNot().HaveDependencyOnAny(
            "SocialInsurance.Workflows.Runtime", "SocialInsurance.Workflows.Scheduling",
            "SocialInsurance.Workflows.Persistence", "SocialInsurance.Workflows.Hosting").GetResult();

        // Then
        Assert.True(result.IsSuccessful,
            $"{ns} depends on the runtime, the scheduler, the store or the hosting: {string.Join(", ", result.FailingTypes?.Select(t => t.FullName) ?? [])}");
    }

    [Theory]
    [InlineData("SocialInsurance.Workflows.Model")]
    [InlineData("SocialInsurance.Workflows.Parsing")]
    [InlineData("SocialInsurance.Workflows.Validation")]
    public void ModelParsingAndValidation_DoNotDependOnTheInterpreter(string ns)
    {
        // Given / When: reading and checking a definition never runs it (ElementKinds, the one list that names
        // readers and handlers together, is the only place that sees both)
        var result = Types.InAssembly(Engine).That().ResideInNamespace(ns).ShouldNot()
            .HaveDependencyOnAny("SocialInsurance.Workflows.Execution").GetResult();

        // Then
        Assert.True(result.IsSuccessful,
            $"{ns} depends on Execution: {string.Join(", ", result.FailingTypes?.Select(t => t.FullName) ?? [])}");
    }

    [Fact]
    public void EngineCore_RuleCoversNestedNamespaces_WhenSelectingParsing()
    {
        // Given / When
        var names = Types.InAssembly(Engine).That()
            .ResideInNamespace("SocialInsurance.Workflows.Parsing").GetTypes().Select(t => t.FullName).ToList();

        // Then: readers in Parsing.Events are checked too, not only the top folder
        Assert.Contains("SocialInsurance.Workflows.Parsing.Events.EventDefinitionReader", names);
    }
}
