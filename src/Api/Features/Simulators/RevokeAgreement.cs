using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using SocialInsurance.Api.Features.Applications;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.TaxBureau;
using SocialInsurance.TaxBureau.Simulation;

namespace SocialInsurance.Api.Features.Simulators;

/// <summary>The applicant revokes their own agreement in the simulated bureau; none valid → 404.</summary>
public static class RevokeAgreement
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapDelete("/agreements", async (ClaimsPrincipal user, UserManager<AppUser> users, TaxBureauSimulator simulator, AuditLog audit, CancellationToken ct) =>
            {
                if (await CurrentApplicant.FindAsync(users, user) is not { } applicant)
                {
                    return (IResult)ApiProblems.Forbidden(ErrorCodes.AccountNoVerifiedId.With());
                }

                var result = await simulator.RevokeAgreementAsync(applicant.IdNumber.Value, ct);
                if (result.Outcome != RevokeAgreementOutcome.Revoked)
                {
                    return ApiProblems.NotFound(ErrorCodes.AgreementNone.With());
                }

                await audit.RecordAsync("simulator.agreement.revoke", $"person:{applicant.IdNumber.Masked}", new { bankCode = result.Agreement?.BankCode }, ct);
                return TypedResults.Ok(result.Agreement);
            })
            .RequireAuthorization(Policies.Applicant)
            .WithName("SimulatorRevokeAgreement")
            .WithSummary("Simulator: the caller revokes their deduction agreement.")
            .Produces<AgreementStatus>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
