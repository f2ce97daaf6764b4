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

    public sealed record Command(CurrentApplicant Applicant, Guid Id, JsonObject Body) : ICommand<Result>;

    public sealed record Result(AccountResponse? Changed, FieldErrors? Errors, string? NotFound = null, string? Conflict = null);

    public sealed class Handler(ApplicantDatabase database, CasesDbContextFactory cases, ApplicationForm form, IWorkflowQueries queries, AuditLog audit)
        : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            await using var db = await database.OpenAsync(cancellationToken);
            await using var caseDb = cases.Create();
            if (await OwnedApplications.FindAsync(caseDb, db, command.Applicant, command.Id, cancellationToken) is not var (application, _))
            {
                return new Result(null, null, NotFound: $"Application {command.Id} was not found.");
            }

            var errors = new FieldErrors();
            var (bankCode, account) = form.Bank(command.Body, command.Applicant, errors);
            if (errors.Any)
            {
                return new Result(null, errors);
            }

            if (!await WaitsForAgreementAsync(application.Id, cancellationToken))
            {
                return new Result(null, null, Conflict: "该申请不在等待签订扣款协议，不能修改银行账户 / The application is not waiting for its deduction agreement.");
            }

            var before = application.DeclaredAccount?.Masked;
            try
            {
                application.ChangeDeclaredAccount(bankCode!, account!);
            }
            catch (DomainException ex)
            {
                return new Result(null, null, Conflict: $"{ex.Errors[0].MessageZh} / {ex.Errors[0].MessageEn}");
            }

            await caseDb.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(
                "application.change-account", $"application:{application.Id:D}", new { before, after = account!.Masked, bankCode }, cancellationToken);
            return new Result(new AccountResponse(application.Id, bankCode!, account.Masked), null);
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
                    return (IResult)ApiProblems.NotFound($"Application {id} was not found.");
                }

                var result = await mediator.Send(new Command(applicant, id, body), ct);
                return result switch
                {
                    { Changed: { } changed } => TypedResults.Ok(changed),
                    { Errors: { } errors } => ApiProblems.Validation(errors),
                    { NotFound: { } missing } => ApiProblems.NotFound(missing),
                    _ => ApiProblems.Conflict(result.Conflict),
                };
            })
            .WithName("ChangeDeclaredAccount")
            .WithSummary("Change the bank account declared in an approved enrollment or resumption that waits for its deduction agreement.")
            .Accepts<JsonObject>("application/json")
            .Produces<AccountResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
