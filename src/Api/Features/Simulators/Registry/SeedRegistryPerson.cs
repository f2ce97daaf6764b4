using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.InsuranceRegistry;
using SocialInsurance.InsuranceRegistry.Simulation;

namespace SocialInsurance.Api.Features.Simulators.Registry;

/// <summary>
/// Simulator (admin): sets what the national registry holds about one person — enrollments elsewhere, employer
/// months, a pension being drawn, a recorded death — replacing whatever was seeded before. Every problem comes back
/// at once as field errors; then nothing changes.
/// </summary>
public static class SeedRegistryPerson
{
    public sealed record SeedRequest(
        string? IdNumber,
        IReadOnlyList<RegistryEnrollment>? Enrollments,
        int EmployerMonths,
        string? PensionSince,
        string? DiedOn);

    public static void Map(RouteGroupBuilder group) =>
        group.MapPut("/persons", async (SeedRequest body, InsuranceRegistrySimulator simulator, AuditLog audit, CancellationToken ct) =>
            {
                if (!RegistryPersonIds.TryParse(body.IdNumber, out var id, out var errors))
                {
                    return (IResult)ApiProblems.Validation(errors);
                }

                var person = new RegistryPerson(id.Value, body.Enrollments ?? [], body.EmployerMonths, Blank(body.PensionSince), Blank(body.DiedOn));
                var problems = await simulator.SeedAsync(person, ct);
                if (problems.Count > 0)
                {
                    foreach (var problem in problems)
                    {
                        errors.Add(problem.Field, "registry.seedInvalid", problem.MessageZh, problem.MessageEn);
                    }

                    return ApiProblems.Validation(errors);
                }

                await audit.RecordAsync(
                    "simulator.registry.seed",
                    $"person:{id.Masked}",
                    new { enrollments = person.Enrollments.Count, person.EmployerMonths, pension = person.PensionSince is not null, death = person.DiedOn is not null },
                    ct);
                return TypedResults.Ok(RegistryPersonIds.Masked(await simulator.GetAsync(id.Value, ct), id));
            })
            .RequireAuthorization(Policies.Admin)
            .WithName("SimulatorSeedRegistryPerson")
            .WithSummary("Simulator (admin): set what the national insurance registry holds about a person.")
            .Produces<RegistryPerson>()
            .ProducesValidationProblem();

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
