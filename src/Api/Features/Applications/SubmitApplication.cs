using System.Security.Claims;
using System.Text.Json.Nodes;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Infrastructure.Persistence;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.SeedWork;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Runtime;
using SocialInsurance.Api.Processes;

namespace SocialInsurance.Api.Features.Applications;

/// <summary>
/// Submits (202) and starts the case's process, or, after a supplement request, resubmits and correlates
/// <c>materialsResubmitted</c>. The rules are checked first, on reads that each release their connection. A first
/// submission is then one transaction on one connection (<see cref="SubmissionWrites"/>): the case turns Submitted,
/// the process runs to its first wait state, the audit row and the <c>Idempotency-Key</c>'s response are written, and
/// all of it commits together or not at all. Two submissions racing end on one instance: the loser finds the case no
/// longer a draft under the lock (or loses the unique start and rolls back whole) and joins the winner's instance.
/// A resubmission is still two commits (the aggregate, then the message): if the second fails, the application stays
/// Submitted and the same call again finds the instance waiting for the message and delivers it. A retry with the
/// <c>Idempotency-Key</c> of a request that died with its process may find the case already further (under review,
/// decided): its submission happened, so it answers 202 with the case's one instance rather than 409.
/// </summary>
public static class SubmitApplication
{
    public sealed record SubmitResponse(Guid Id, string CaseNumber, string Status, Guid? InstanceId);

    public sealed record Command(CurrentApplicant Applicant, Guid Id, Actor Actor) : ICommand<Result<SubmitResponse>>;

    public static string ProcessKey(ApplicationType type) => type switch
    {
        ApplicationType.NewEnrollment => NewEnrollmentProcess.Key,
        ApplicationType.Resumption => ResumptionProcess.Key,
        _ => SuspensionProcess.Key,
    };

    public static string Location(Guid id) => $"/api/applications/{id:D}";

    public sealed class Handler(
        CasesDbContextFactory cases,
        SubmissionRules rules,
        WorkflowRuntime runtime,
        IWorkflowQueries queries,
        AuditLog audit,
        IdempotencyScope idempotency,
        TimeProvider time) : ICommandHandler<Command, Result<SubmitResponse>>
    {
        public async ValueTask<Result<SubmitResponse>> Handle(Command command, CancellationToken cancellationToken)
        {
            var ct = cancellationToken;
            var now = time.GetUtcNow();
            ApplicationRecord record;
            Application application;
            RegistryStanding? standing = null;
            await using (var caseDb = cases.Create())
            {
                if (await OwnedApplications.FindAsync(caseDb, caseDb, command.Applicant, command.Id, ct) is not { } found)
                {
                    return Result<SubmitResponse>.NotFound(ErrorCodes.ApplicationNotFound.With(new { id = command.Id }));
                }

                (application, record) = found;
                if (application.IsEditable)
                {
                    (var refusal, standing) = await RefusalAsync(caseDb, application, now, ct);
                    if (refusal is not null)
                    {
                        return refusal;
                    }
                }
            }

            if (application.Status == ApplicationStatus.Draft)
            {
                return await StartAsync(application, record, standing, command.Actor, now, ct);
            }

            if (application.Status == ApplicationStatus.SupplementRequested)
            {
                await using var caseDb = cases.Create();
                var tracked = await caseDb.Applications.SingleAsync(a => a.Id == application.Id, ct);
                if (tracked.Status != ApplicationStatus.SupplementRequested)
                {
                    return await AlreadyMovedAsync(tracked, record, command.Actor, ct);
                }

                tracked.Submit(now);
                await caseDb.SaveChangesAsync(ct);
                return await AlreadyMovedAsync(tracked, record, command.Actor, ct);
            }

            return await AlreadyMovedAsync(application, record, command.Actor, ct);
        }

        /// <summary>Why the case cannot be submitted as it stands (another open case, missing materials, a rule), or null.</summary>
        private async Task<(Result<SubmitResponse>? Refusal, RegistryStanding? Standing)> RefusalAsync(
            CaseServiceDbContext caseDb, Application application, DateTimeOffset now, CancellationToken ct)
        {
            if (application.Status == ApplicationStatus.Draft && await OpenCases.OtherOpenAsync(caseDb, application, ct) is not null)
            {
                return (Result<SubmitResponse>.Conflict(OpenCases.Conflict(application.Type)), null);
            }

            var errors = new FieldErrors();
            foreach (var kind in application.MissingMaterials())
            {
                errors.Add($"materials.{kind}", ErrorCodes.ApplicationMaterialMissing, new { material = new LocalizedArg(kind.ToString(), kind.NameZh(), kind.NameEn()) });
            }

            var (failed, standing) = await rules.CheckAsync(caseDb, application, ChinaTime.ToBusinessDate(now), ct);
            foreach (var rule in failed)
            {
                errors.Add(rule.Code, rule.Code, rule.MessageZh, rule.MessageEn);
            }

            return (errors.Any ? Result<SubmitResponse>.Invalid(errors) : null, standing);
        }

        /// <summary>A draft's first submission: case, process, audit and stored response in one commit.</summary>
        private async Task<Result<SubmitResponse>> StartAsync(
            Application application, ApplicationRecord record, RegistryStanding? standing, Actor actor, DateTimeOffset now, CancellationToken ct)
        {
            var key = application.Id.ToString("D");
            (ResidentIdNumber, RegistryStanding)? registryAnswer = standing is null ? null : (application.Applicant, standing);
            var writes = new SubmissionWrites(cases, audit, idempotency, application.Id, record.CaseNumber, now, registryAnswer);
            var started = await runtime.StartOnceAsync(ProcessKey(application.Type), key, StartVariables(key), actor, writes, ct);
            if (started.IsOk && writes.Response is { } response && writes.StartedInstanceId == started.Value!.Id)
            {
                idempotency.MarkCommitted();
                return Result<SubmitResponse>.Ok(response);
            }

            if (!started.IsOk && writes.Refused is null)
            {
                return Result<SubmitResponse>.Unavailable(ErrorCodes.ApplicationProcessNotStarted.With());
            }

            // Another submission of this case got there first (its commit holds the case's change): answer from the state.
            await using var caseDb = cases.Create();
            var current = await caseDb.Applications.AsNoTracking().SingleAsync(a => a.Id == application.Id, ct);
            return await AlreadyMovedAsync(current, record, actor, ct);
        }

        /// <summary>The case is past its draft: make sure its process runs (a retry completes the job), or refuse.</summary>
        private async Task<Result<SubmitResponse>> AlreadyMovedAsync(Application application, ApplicationRecord record, Actor actor, CancellationToken ct)
        {
            if (application.Status != ApplicationStatus.Submitted && !(idempotency.RetriesAbandoned && application.Status != ApplicationStatus.Withdrawn))
            {
                return Result<SubmitResponse>.Conflict(ErrorCodes.ApplicationNotSubmittable.With(new { status = ApplicationStatusTerms.Of(application.Status) }));
            }

            var progressed = await EnsureProgressAsync(application, actor, ct);
            if (!progressed.IsOk)
            {
                return Result<SubmitResponse>.Unavailable(ErrorCodes.ApplicationProcessNotStarted.With());
            }

            await using var fresh = cases.Create();
            var status = (await fresh.Applications.FindAsync([application.Id], ct))?.Status ?? application.Status;
            await audit.RecordAsync(
                "application.submit", $"application:{application.Id:D}", new { caseNumber = record.CaseNumber, status = status.ToString(), instanceId = progressed.Value }, ct);
            return Result<SubmitResponse>.Ok(new SubmitResponse(application.Id, record.CaseNumber, status.ToString(), progressed.Value));
        }

        /// <summary>What the case's process starts with: the application it is about (the contract's start variable).</summary>
        private static JsonObject StartVariables(string applicationKey) => new() { [CaseProcess.Variables.ApplicationId] = applicationKey };

        private async Task<RuntimeResult<Guid>> EnsureProgressAsync(Application application, Actor actor, CancellationToken ct)
        {
            var key = application.Id.ToString("D");
            var instances = await queries.InstancesByBusinessKeyAsync(key, ct);
            if (instances.Count == 0)
            {
                // Once per application: two submissions racing past the lookup above both end on one instance.
                var started = await runtime.StartOnceAsync(ProcessKey(application.Type), key, StartVariables(key), actor, ct);
                return started.IsOk ? RuntimeResult<Guid>.Ok(started.Value!.Id) : started.As<Guid>();
            }

            var active = instances.FirstOrDefault(i => i.Status == InstanceStatus.Active);
            if (active is not null
                && (await queries.BookmarksAsync(active.Id, ct)).Any(b => b.MessageName == ProgressTimeline.ResubmissionMessage))
            {
                var correlated = await runtime.CorrelateMessageAsync(ProgressTimeline.ResubmissionMessage, key, null, actor, ct);
                return correlated.IsOk ? RuntimeResult<Guid>.Ok(active.Id) : correlated.As<Guid>();
            }

            return RuntimeResult<Guid>.Ok((active ?? instances[0]).Id);
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/submit", async (Guid id, ClaimsPrincipal user, UserManager<AppUser> users, IMediator mediator, CancellationToken ct) =>
            {
                if (await CurrentApplicant.FindAsync(users, user) is not { } applicant)
                {
                    return (IResult)ApiProblems.NotFound(ErrorCodes.ApplicationNotFound.With(new { id }));
                }

                var result = await mediator.Send(new Command(applicant, id, user.ToActor()), ct);
                return ApiProblems.From(result, accepted => TypedResults.Accepted(Location(id), accepted));
            })
            .AddEndpointFilter<IdempotencyFilter>()
            .RequireRateLimiting(ApplicationRateLimits.Submission)
            .WithName("SubmitApplication")
            .WithSummary("Submit the application (or resubmit after a supplement request); starts or resumes its process.")
            .Produces<SubmitResponse>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
