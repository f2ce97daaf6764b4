using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.InsuranceRegistry.Simulation;

namespace SocialInsurance.Api.Features.Simulators.Registry;

/// <summary>Simulator (admin): forgets a person's seeded records (the registry then knows nothing of them); none seeded → 404.</summary>
public static class ClearRegistryPerson
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/persons/clear", async (GetRegistryPerson.PersonRequest body, InsuranceRegistrySimulator simulator, AuditLog audit, CancellationToken ct) =>
            {
                if (!RegistryPersonIds.TryParse(body.IdNumber, out var id, out var errors))
                {
                    return (IResult)ApiProblems.Validation(errors);
                }

                if (!await simulator.ClearAsync(id.Value, ct))
                {
                    return ApiProblems.NotFound(ErrorCodes.RegistryPersonNotSeeded.With());
                }

                await audit.RecordAsync("simulator.registry.clear", $"person:{id.Masked}", null, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Admin)
            .WithName("SimulatorClearRegistryPerson")
            .WithSummary("Simulator (admin): forget a person's seeded registry records.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
