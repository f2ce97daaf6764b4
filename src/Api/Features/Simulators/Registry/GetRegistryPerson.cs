using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.InsuranceRegistry;
using SocialInsurance.InsuranceRegistry.Simulation;

namespace SocialInsurance.Api.Features.Simulators.Registry;

/// <summary>
/// Simulator (admin): what the registry holds about a person, with the ID number masked. A POST because the ID
/// number must not appear in a URL (access logs); it changes nothing. Audited: reading a person's records is
/// access to personal data.
/// </summary>
public static class GetRegistryPerson
{
    public sealed record PersonRequest(string? IdNumber);

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/persons/query", async (PersonRequest body, InsuranceRegistrySimulator simulator, AuditLog audit, CancellationToken ct) =>
            {
                if (!RegistryPersonIds.TryParse(body.IdNumber, out var id, out var errors))
                {
                    return (IResult)ApiProblems.Validation(errors);
                }

                await audit.RecordAsync("simulator.registry.read", $"person:{id.Masked}", null, ct);
                return TypedResults.Ok(RegistryPersonIds.Masked(await simulator.GetAsync(id.Value, ct), id));
            })
            .RequireAuthorization(Policies.Admin)
            .WithName("SimulatorGetRegistryPerson")
            .WithSummary("Simulator (admin): read what the national insurance registry holds about a person.")
            .Produces<RegistryPerson>()
            .ProducesValidationProblem();
}
