using System.Security.Claims;
using Mediator;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Tasks;

/// <summary>Takes a task offered to one of the caller's groups; someone else's claim is a 409, a task the caller may not see a 403 (<see cref="TaskVisibility"/>).</summary>
public static class ClaimTask
{
    public sealed record Command(Guid TaskId, Actor Actor) : ICommand<RuntimeResult<Guid>>;

    public sealed class Handler(WorkflowRuntime runtime, IWorkflowQueries queries, AuditLog audit) : ICommandHandler<Command, RuntimeResult<Guid>>
    {
        public async ValueTask<RuntimeResult<Guid>> Handle(Command command, CancellationToken cancellationToken)
        {
            // Visibility first: the engine's refusals name the assignee, which only those who may see the task may learn.
            var task = await queries.TaskAsync(command.TaskId, cancellationToken);
            if (task is null)
            {
                return RuntimeResult<Guid>.NotFound($"Task {command.TaskId} does not exist.", "task.notFound", new { taskId = command.TaskId });
            }

            if (!TaskVisibility.Sees(task, command.Actor))
            {
                return TaskVisibility.Unseen<Guid>(command.TaskId);
            }

            var result = await runtime.ClaimTaskAsync(command.TaskId, command.Actor, cancellationToken);
            if (result.IsOk)
            {
                await audit.RecordAsync("task.claim", $"task:{command.TaskId}", ct: cancellationToken);
            }

            return result;
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/claim", async (Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                ApiProblems.From(await mediator.Send(new Command(id, user.ToActor()), ct), _ => TypedResults.NoContent()))
            .WithName("ClaimTask")
            .WithSummary("Claim a task for the caller.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
