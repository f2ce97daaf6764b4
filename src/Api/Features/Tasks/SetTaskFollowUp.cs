using System.Security.Claims;
using Mediator;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Tasks;

/// <summary>
/// The assignee parks a claimed task until a follow-up date (it leaves "mine" and waits in "follow-up" until then), or
/// clears the date with null. The date must lie ahead; how far is the reviewer's call.
/// </summary>
public static class SetTaskFollowUp
{
    public sealed record FollowUpRequest(DateTimeOffset? FollowUpAt);

    public sealed record Command(Guid TaskId, Actor Actor, DateTimeOffset? FollowUpAt) : ICommand<Result<Guid>>;

    public sealed class Handler(WorkflowRuntime runtime, IWorkflowQueries queries, AuditLog audit) : ICommandHandler<Command, Result<Guid>>
    {
        public async ValueTask<Result<Guid>> Handle(Command command, CancellationToken cancellationToken) =>
            await TaskChange.RunAsync(
                queries, audit, command.TaskId, command.Actor, "task.follow-up",
                _ => runtime.SetTaskFollowUpAsync(command.TaskId, command.Actor, command.FollowUpAt, cancellationToken),
                _ => new { followUpAt = command.FollowUpAt }, cancellationToken);
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPut("/{id:guid}/follow-up", async (Guid id, FollowUpRequest body, ClaimsPrincipal user, IMediator mediator, TimeProvider time, CancellationToken ct) =>
            {
                if (body.FollowUpAt is { } at && at <= time.GetUtcNow())
                {
                    var errors = new FieldErrors();
                    errors.Add("followUpAt", ErrorCodes.TaskFollowUpInPast);
                    return ApiProblems.Validation(errors);
                }

                return ApiProblems.From(await mediator.Send(new Command(id, user.ToActor(), body.FollowUpAt), ct), _ => TypedResults.NoContent());
            })
            .WithName("SetTaskFollowUp")
            .WithSummary("Set or clear (null) the follow-up date of a task the caller holds.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
