using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using SocialInsurance.Api.Features.Applications;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Reference;
using SocialInsurance.TaxBureau;
using SocialInsurance.TaxBureau.Simulation;

namespace SocialInsurance.Api.Features.Simulators;

/// <summary>
/// The applicant signs the 税银扣款协议 in the simulated bureau for themself: ID number and name (also as the card
/// holder's) come from the account. The simulator's own refusals come back as field errors in zh/en.
/// </summary>
public static class SignAgreement
{
    public sealed record SignRequest(string? BankCode, string? AccountNumber);

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/agreements", async (SignRequest body, ClaimsPrincipal user, UserManager<AppUser> users, TaxBureauSimulator simulator, BankCategoryCatalog banks, AuditLog audit, CancellationToken ct) =>
            {
                if (await CurrentApplicant.FindAsync(users, user) is not { } applicant)
                {
                    return (IResult)ApiProblems.Forbidden(ErrorCodes.AccountNoVerifiedId.With());
                }

                // The simulator stands in for the bureau, whose bank check knows the bank categories: the same catalog
                // as the application form (by our code or its CNAPS category), so the demo cannot sign what no case accepts.
                if (!banks.All.Any(b => b.Code == body.BankCode || b.CnapsCategoryCode == body.BankCode))
                {
                    return ApiProblems.Validation(new FieldErrors().Add("Agreement.BankCode", ErrorCodes.AgreementBankRequired));
                }

                var result = await simulator.SignAgreementAsync(applicant.IdNumber.Value, applicant.Name, body.BankCode ?? "", body.AccountNumber ?? "", applicant.Name, ct);
                if (!result.IsSigned)
                {
                    var errors = new FieldErrors();
                    foreach (var error in result.Errors)
                    {
                        errors.Add(error.Code, error.Code, error.MessageZh, error.MessageEn);
                    }

                    return ApiProblems.Validation(errors);
                }

                // The card number only masked: the audit log is read by operators, not by the card holder.
                BankAccount.TryCreate(body.AccountNumber, applicant.Name, applicant.Name, out var account);
                await audit.RecordAsync(
                    "simulator.agreement.sign", $"person:{applicant.IdNumber.Masked}", new { bankCode = result.Agreement?.BankCode, account = account?.Masked }, ct);
                return TypedResults.Created("/api/simulators/tax/agreements", result.Agreement);
            })
            .RequireAuthorization(Policies.Applicant)
            .WithName("SimulatorSignAgreement")
            .WithSummary("Simulator: the caller signs the tax-bank deduction agreement.")
            .Produces<AgreementStatus>(StatusCodes.Status201Created)
            .ProducesValidationProblem();
}
