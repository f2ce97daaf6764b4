using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.TaxBureau;
using SocialInsurance.TaxBureau.Simulation;

namespace SocialInsurance.Api.Features.Simulators;

/// <summary>
/// Simulator (admin): runs the bureau's deduction batch for a month over every Active insured person, one month's
/// contribution each (base × 20 %). Recording the outcomes on the periods is the deduction job's work, not this route's.
/// </summary>
public static class RunDeductions
{
    public const decimal Rate = 0.20m;

    public sealed record DeductionRequest(string? Period);

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/deductions", async (DeductionRequest body, CasesDbContextFactory cases, TaxBureauSimulator simulator, AuditLog audit, CancellationToken ct) =>
            {
                if (!ContributionMonth.IsValid(body.Period))
                {
                    return (IResult)ApiProblems.Validation(new FieldErrors().Add("period", ErrorCodes.DeductionPeriodInvalid));
                }

                await using var db = cases.Create();
                var people = await db.InsuredPersons.AsNoTracking().ToListAsync(ct);
                var due = people
                    .Where(p => p.Status == InsuredStatus.Active && p.ContributionBase is not null)
                    .Select(p => (p.IdNumber.Value, Math.Round(p.ContributionBase!.Monthly.Yuan * Rate, 2, MidpointRounding.AwayFromZero)))
                    .ToList();
                var results = await simulator.RunDeductionBatchAsync(body.Period!, due, ct);
                await audit.RecordAsync("simulator.deductions.run", $"period:{body.Period}", new { count = results.Count }, ct);
                return TypedResults.Ok(results.Select(r => r with { IdNumber = ResidentIdNumber.TryCreate(r.IdNumber, out var id, out _) ? id.Masked : "****" }).ToList());
            })
            .RequireAuthorization(Policies.Admin)
            .WithName("SimulatorRunDeductions")
            .WithSummary("Simulator (admin): run a deduction batch for a month over every Active insured person.")
            .Produces<IReadOnlyList<DeductionResult>>()
            .ProducesValidationProblem();
}
