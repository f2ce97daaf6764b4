using System.Security.Claims;
using Mediator;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Tasks;

/// <summary>Takes a task offered to one of the caller's groups; someone else's claim is a 409, another group's task a 403.</summary>
public static class ClaimTask
{
    public sealed record Command(Guid TaskId, Actor Actor) : ICommand<RuntimeResult<Guid>>;

    public sealed class Handler(WorkflowRuntime runtime, AuditLog audit) : ICommandHandler<Command, RuntimeResult<Guid>>
    {
        public async ValueTask<RuntimeResult<Guid>> Handle(Command command, CancellationToken cancellationToken)
        {
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
