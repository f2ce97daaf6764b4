using System.Globalization;
using SocialInsurance.Workflows.Execution.Incidents;

namespace SocialInsurance.Workflows.Execution.Pipeline;

/// <summary>
/// A model that loops without a wait state would hold the instance's lock forever; past
/// <see cref="MaxActivationsPerStep"/> activations in one step the activation fails, which makes it an incident.
/// </summary>
internal sealed class LoopGuardMiddleware : IActivationMiddleware
{
    public const int MaxActivationsPerStep = 10_000;

    public Task InvokeAsync(Activation activation, ActivationDelegate next)
    {
        if (++activation.Step.Activations > MaxActivationsPerStep)
        {
            throw new IncidentException(IncidentCodes.LoopGuard.Cause(
                $"Expected the process to reach a wait state within {MaxActivationsPerStep:N0} element activations, but it kept going (a loop without a wait state?).",
                MaxActivationsPerStep.ToString(CultureInfo.InvariantCulture)));
        }

        return next(activation);
    }
}
