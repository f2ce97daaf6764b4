using System.Security.Claims;
using System.Text.Json.Nodes;
using Mediator;
using Microsoft.AspNetCore.Identity;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Domain.SeedWork;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Applications;

/// <summary>
/// The applicant changes the bank account declared in an approved 新参保 / 续保 that waits for its deduction agreement,
/// so an agreement already signed on another card can complete the case (the poller matches agreements against the
/// declaration). Validated like the original declaration (<see cref="ApplicationForm.Bank"/>), audited with the
/// masked numbers; any other state of the case is a 409.
/// </summary>
public static class ChangeDeclaredAccount
{
    public sealed record AccountResponse(Guid Id, string BankCode, string Account);

    public sealed record Command(CurrentApplicant Applicant, Guid Id, JsonObject Body) : ICommand<Result<AccountResponse>>;

    public sealed class Handler(ApplicantDatabase database, CasesDbContextFactory cases, ApplicationForm form, IWorkflowQueries queries, AuditLog audit)
        : ICommandHandler<Command, Result<AccountResponse>>
    {
        public async ValueTask<Result<AccountResponse>> Handle(Command command, CancellationToken cancellationToken)
        {
            await using var db = await database.OpenAsync(cancellationToken);
            await using var caseDb = cases.Create();
            if (await OwnedApplications.FindAsync(caseDb, db, command.Applicant, command.Id, cancellationToken) is not var (application, _))
            {
                return Result<AccountResponse>.NotFound(ErrorCodes.ApplicationNotFound.With(new { id = command.Id }));
            }

            var errors = new FieldErrors();
            var (bankCode, account) = form.Bank(command.Body, command.Applicant, errors);
            if (errors.Any)
            {
                return Result<AccountResponse>.Invalid(errors);
            }

            if (!await WaitsForAgreementAsync(application.Id, cancellationToken))
            {
                return Result<AccountResponse>.Conflict(ErrorCodes.ApplicationNotWaitingForAgreement.With());
            }

            var before = application.DeclaredAccount?.Masked;
            try
            {
                application.ChangeDeclaredAccount(bankCode!, account!);
            }
            catch (DomainException ex)
            {
                return Result<AccountResponse>.Conflict(ex.Errors[0].ToApiError());
            }

            await caseDb.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(
                "application.change-account", $"application:{application.Id:D}", new { before, after = account!.Masked, bankCode }, cancellationToken);
            return Result<AccountResponse>.Ok(new AccountResponse(application.Id, bankCode!, account.Masked));
        }

        private async Task<bool> WaitsForAgreementAsync(Guid applicationId, CancellationToken ct)
        {
            foreach (var instance in await queries.InstancesByBusinessKeyAsync(applicationId.ToString("D"), ct))
            {
                if (instance.Status == InstanceStatus.Active
                    && (await queries.BookmarksAsync(instance.Id, ct)).Any(b => b.MessageName == ProgressTimeline.AgreementMessage))
                {
                    return true;
                }
            }

            return false;
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPut("/{id:guid}/bank-account", async (Guid id, JsonObject body, ClaimsPrincipal user, UserManager<AppUser> users, IMediator mediator, CancellationToken ct) =>
            {
                if (await CurrentApplicant.FindAsync(users, user) is not { } applicant)
                {
                    return (IResult)ApiProblems.NotFound(ErrorCodes.ApplicationNotFound.With(new { id }));
                }

                var result = await mediator.Send(new Command(applicant, id, body), ct);
                return ApiProblems.From(result, changed => TypedResults.Ok(changed));
            })
            .WithName("ChangeDeclaredAccount")
            .WithSummary("Change the bank account declared in an approved enrollment or resumption that waits for its deduction agreement.")
            .Accepts<JsonObject>("application/json")
            .Produces<AccountResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
