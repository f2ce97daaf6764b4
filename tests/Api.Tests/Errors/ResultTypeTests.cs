using Mediator;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Tests.Errors;

/// <summary>One result type for the API: no use case hands the engine's <see cref="RuntimeResult{T}"/> to its route.</summary>
public sealed class ResultTypeTests
{
    [Fact]
    public void UseCases_AnswerWithTheApisResult_NeverTheEnginesRuntimeResult()
    {
        // Given every request the API's use cases handle, with the type it is answered with
        var requests = typeof(Result<>).Assembly.GetTypes()
            .SelectMany(t => t.GetInterfaces().Select(i => (Request: t, Interface: i)))
            .Where(r => r.Interface.IsGenericType && (r.Interface.GetGenericTypeDefinition() == typeof(ICommand<>) || r.Interface.GetGenericTypeDefinition() == typeof(IQuery<>)));

        // When
        var engineAnswers = requests
            .Where(r => r.Interface.GetGenericArguments()[0] is { IsGenericType: true } answer && answer.GetGenericTypeDefinition() == typeof(RuntimeResult<>))
            .Select(r => r.Request.FullName)
            .ToList();

        // Then
        Assert.Empty(engineAnswers);
    }
}
