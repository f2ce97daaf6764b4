using SocialInsurance.Domain.Insurance;
using SocialInsurance.InsuranceRegistry;
using SocialInsurance.Workflows.Execution;

namespace SocialInsurance.Api.Infrastructure.InsuranceRegistry;

/// <summary>
/// The registry's answers a step already holds. The submit route asks the registry moments before the submission's
/// step, on no lock; the step's <c>application.validate</c> then uses that answer instead of asking again inside the
/// step, where on SQLite it would hold the engine's one writer (every other step waiting) for the whole call — with
/// the real registry, a network round trip. An answer the route did not get (the registry was out) is not remembered:
/// the step asks, and waits at an incident if the registry is still out.
/// </summary>
public sealed class StepRegistryAnswers : IAsyncDisposable
{
    private readonly Dictionary<ResidentIdNumber, RegistryStanding> _answers = [];

    public static StepRegistryAnswers Of(IStepTransaction step) => step.Shared(() => new StepRegistryAnswers());

    public void Remember(ResidentIdNumber idNumber, RegistryStanding standing) => _answers[idNumber] = standing;

    public async Task<RegistryStanding> LookUpAsync(IInsuranceRegistry registry, ResidentIdNumber idNumber, CancellationToken ct)
    {
        if (!_answers.TryGetValue(idNumber, out var standing))
        {
            _answers[idNumber] = standing = await registry.LookUpAsync(idNumber, ct);
        }

        return standing;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
