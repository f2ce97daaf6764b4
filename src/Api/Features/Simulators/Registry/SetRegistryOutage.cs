using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.InsuranceRegistry.Simulation;

namespace SocialInsurance.Api.Features.Simulators.Registry;

/// <summary>
/// Simulator (admin): breaks the registry on purpose (<c>ServerError</c>, <c>Delay</c>) or mends it (<c>None</c>), to
/// show a case stopping at an incident and completing after a retry.
/// </summary>
public static class SetRegistryOutage
{
    public sealed record OutageRequest(RegistryOutage? Mode);

    public static void Map(RouteGroupBuilder group) =>
        group.MapPut("/outage", async (OutageRequest body, InsuranceRegistrySimulator simulator, AuditLog audit, CancellationToken ct) =>
            {
                if (body.Mode is not { } mode || !Enum.IsDefined(mode))
                {
                    return (IResult)ApiProblems.Validation(new FieldErrors().Add("mode", ErrorCodes.RegistryOutageModeInvalid));
                }

                simulator.SetOutage(mode);
                await audit.RecordAsync("simulator.registry.outage", "registry", new { mode = mode.ToString() }, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Admin)
            .WithName("SimulatorSetRegistryOutage")
            .WithSummary("Simulator (admin): make the national insurance registry fail on purpose, or mend it.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem();
}
