using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Identity;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Domain.SeedWork;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Applications;

/// <summary>
/// The applicant gives up while the review has not decided (the aggregate's rule; otherwise 409). The aggregate
/// commits first, then the running instance is cancelled: a cancelled instance with a live application would leave a
/// case nobody can move, the reverse leaves only an instance whose next step refuses a Withdrawn application.
/// A draft's files are deleted once the withdrawal has committed: nobody but the applicant ever saw them. A case
/// withdrawn after submission keeps them, as part of the case file reviewers worked on (docs/security.md).
/// </summary>
public static class WithdrawApplication
{
    public sealed record WithdrawResponse(Guid Id, string Status);

    public sealed record Command(CurrentApplicant Applicant, Guid Id, Actor Actor) : ICommand<Result<WithdrawResponse>>;

    public sealed class Handler(ApplicantDatabase database, CasesDbContextFactory cases, WorkflowRuntime runtime, IWorkflowQueries queries, MaterialFiles files, AuditLog audit, TimeProvider time)
        : ICommandHandler<Command, Result<WithdrawResponse>>
    {
        public async ValueTask<Result<WithdrawResponse>> Handle(Command command, CancellationToken cancellationToken)
        {
            await using var db = await database.OpenAsync(cancellationToken);
            await using var caseDb = cases.Create();
            if (await OwnedApplications.FindAsync(caseDb, db, command.Applicant, command.Id, cancellationToken) is not var (application, _))
            {
                return Result<WithdrawResponse>.NotFound(ErrorCodes.ApplicationNotFound.With(new { id = command.Id }));
            }

            var wasDraft = application.SubmittedAt is null;
            try
            {
                application.Withdraw(time.GetUtcNow());
            }
            catch (DomainException ex)
            {
                return Result<WithdrawResponse>.Conflict(ex.Errors[0].ToApiError());
            }

            await caseDb.SaveChangesAsync(cancellationToken);
            if (wasDraft)
            {
                await files.DeleteAllAsync(application.Id, cancellationToken);
            }

            foreach (var instance in await queries.InstancesByBusinessKeyAsync(application.Id.ToString("D"), cancellationToken))
            {
                if (instance.Status == InstanceStatus.Active)
                {
                    await runtime.CancelInstanceAsync(instance.Id, command.Actor, "申请人撤回 / Withdrawn by the applicant", cancellationToken);
                }
            }

            await audit.RecordAsync("application.withdraw", $"application:{application.Id:D}", new { status = application.Status.ToString() }, cancellationToken);
            return Result<WithdrawResponse>.Ok(new WithdrawResponse(application.Id, application.Status.ToString()));
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/withdraw", async (Guid id, ClaimsPrincipal user, UserManager<AppUser> users, IMediator mediator, CancellationToken ct) =>
                await CurrentApplicant.FindAsync(users, user) is { } applicant
                    ? ApiProblems.From(await mediator.Send(new Command(applicant, id, user.ToActor()), ct), r => TypedResults.Ok(r))
                    : ApiProblems.NotFound(ErrorCodes.ApplicationNotFound.With(new { id })))
            .WithName("WithdrawApplication")
            .WithSummary("Withdraw an application that has not been decided; cancels its process.")
            .Produces<WithdrawResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
