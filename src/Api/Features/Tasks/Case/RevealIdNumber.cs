using System.Security.Claims;
using Mediator;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Tasks.Case;

/// <summary>
/// The full ID number of a task's applicant, for the reviewer who compares it with the ID card scan. Whoever may see
/// the task may ask; every reveal is written to the audit log (who, which task), so the masked default of the case
/// view is the norm and each exception leaves a trace.
/// </summary>
public static class RevealIdNumber
{
    public sealed record Revealed(string IdNumber);

    public sealed record Query(Guid TaskId, Actor Actor) : IQuery<Result<Revealed>>;

    public sealed class Handler(IWorkflowQueries queries, CaseLabels labels, AuditLog audit) : IQueryHandler<Query, Result<Revealed>>
    {
        public async ValueTask<Result<Revealed>> Handle(Query query, CancellationToken cancellationToken)
        {
            var task = await queries.TaskAsync(query.TaskId, cancellationToken);
            if (task is null)
            {
                return TaskVisibility.Missing<Revealed>(query.TaskId);
            }

            if (!WorkflowRuntime.MayWorkOn(task, query.Actor) && task.CompletedBy != query.Actor.Id)
            {
                return TaskVisibility.Unseen<Revealed>(query.TaskId);
            }

            if (await labels.CaseOfAsync(task.BusinessKey, cancellationToken) is not { Application: var application })
            {
                return Result<Revealed>.NotFound(ErrorCodes.TaskNoApplication.With(new { taskId = query.TaskId }));
            }

            await audit.RecordAsync("task.case.revealIdNumber", $"task:{query.TaskId}", new { applicationId = application.Id }, cancellationToken);
            return Result<Revealed>.Ok(new Revealed(application.Applicant.Value));
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/case/id-number", async (Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                ApiProblems.From(await mediator.Send(new Query(id, user.ToActor()), ct), revealed => TypedResults.Ok(revealed)))
            .WithName("RevealCaseIdNumber")
            .WithSummary("The applicant's full ID number (audited); the case view shows it masked.")
            .Produces<Revealed>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
