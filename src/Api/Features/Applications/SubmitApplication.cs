using System.Security.Claims;
using System.Text.Json.Nodes;
using Mediator;
using Microsoft.AspNetCore.Identity;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.SeedWork;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Runtime;
using SocialInsurance.Api.Processes;

namespace SocialInsurance.Api.Features.Applications;

/// <summary>
/// Submits (202) and starts the case's process, or, after a supplement request, resubmits and correlates
/// <c>materialsResubmitted</c>. "Submitted" and "process started" are two commits (the aggregate, then the engine):
/// if the second fails, the application stays Submitted and the same call again finds no instance for its business
/// key and starts one — or finds the instance still waiting for the resubmission message and delivers it. So a retry
/// always completes the job and never starts a second instance. A retry with the <c>Idempotency-Key</c> of a request
/// that died with its process may find the case already further (under review, decided): its submission happened, so
/// it answers 202 with the case's one instance rather than 409.
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

    public sealed class Handler(
        ApplicantDatabase database,
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
            await using var db = await database.OpenAsync(ct);
            ApplicationRecord record;
            Application application;
            await using (var caseDb = cases.Create())
            {
                if (await OwnedApplications.FindAsync(caseDb, db, command.Applicant, command.Id, ct) is not { } found)
                {
                    return Result<SubmitResponse>.NotFound(ErrorCodes.ApplicationNotFound.With(new { id = command.Id }));
                }

                (application, record) = found;
                if (application.IsEditable)
                {
                    if (application.Status == ApplicationStatus.Draft && await OpenCases.OtherOpenAsync(caseDb, application, ct) is not null)
                    {
                        return Result<SubmitResponse>.Conflict(OpenCases.Conflict(application.Type));
                    }

                    var now = time.GetUtcNow();
                    var errors = new FieldErrors();
                    foreach (var kind in application.MissingMaterials())
                    {
                        errors.Add($"materials.{kind}", ErrorCodes.MaterialMissing, new { material = new LocalizedArg(kind.ToString(), kind.NameZh(), kind.NameEn()) });
                    }

                    foreach (var rule in await rules.CheckAsync(caseDb, application, ChinaTime.ToBusinessDate(now), ct))
                    {
                        errors.Add(rule.Code, rule.Code, rule.MessageZh, rule.MessageEn);
                    }

                    if (errors.Any)
                    {
                        return Result<SubmitResponse>.Invalid(errors);
                    }

                    application.Submit(now);
                    await caseDb.SaveChangesAsync(ct);
                }
                else if (application.Status != ApplicationStatus.Submitted && !(idempotency.RetriesAbandoned && application.Status != ApplicationStatus.Withdrawn))
                {
                    return Result<SubmitResponse>.Conflict(ErrorCodes.ApplicationNotSubmittable.With(new { status = ApplicationStatusTerms.Of(application.Status) }));
                }
            }

            var progressed = await EnsureProgressAsync(application, command.Actor, ct);
            if (!progressed.IsOk)
            {
                return Result<SubmitResponse>.Unavailable(ErrorCodes.ProcessNotStarted.With());
            }

            await using var fresh = cases.Create();
            var status = (await fresh.Applications.FindAsync([application.Id], ct))?.Status ?? application.Status;
            await audit.RecordAsync(
                "application.submit", $"application:{application.Id:D}", new { caseNumber = record.CaseNumber, status = status.ToString(), instanceId = progressed.Value }, ct);
            return Result<SubmitResponse>.Ok(new SubmitResponse(application.Id, record.CaseNumber, status.ToString(), progressed.Value));
        }

        private async Task<RuntimeResult<Guid>> EnsureProgressAsync(Application application, Actor actor, CancellationToken ct)
        {
            var key = application.Id.ToString("D");
            var instances = await queries.InstancesByBusinessKeyAsync(key, ct);
            if (instances.Count == 0)
            {
                // Once per application: two submissions racing past the lookup above both end on one instance.
                var started = await runtime.StartOnceAsync(ProcessKey(application.Type), key, new JsonObject { ["applicationId"] = key }, actor, ct);
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
                return ApiProblems.From(result, accepted => TypedResults.Accepted($"/api/applications/{id:D}", accepted));
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
