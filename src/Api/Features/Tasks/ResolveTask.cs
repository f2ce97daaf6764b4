using System.Security.Claims;
using Mediator;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Tasks;

/// <summary>The delegate hands a delegated task back to the colleague who lent it (Camunda's resolve). Audited.</summary>
public static class ResolveTask
{
    public sealed record Command(Guid TaskId, Actor Actor) : ICommand<RuntimeResult<Guid>>;

    public sealed class Handler(WorkflowRuntime runtime, IWorkflowQueries queries, AuditLog audit) : ICommandHandler<Command, RuntimeResult<Guid>>
    {
        public async ValueTask<RuntimeResult<Guid>> Handle(Command command, CancellationToken cancellationToken)
        {
            var (task, refusal) = await VisibleTask.LoadAsync(queries, command.TaskId, command.Actor, cancellationToken);
            if (refusal is not null)
            {
                return refusal;
            }

            var result = await runtime.ResolveTaskAsync(command.TaskId, command.Actor, cancellationToken);
            if (result.IsOk)
            {
                await audit.RecordAsync("task.resolve", $"task:{command.TaskId}", new { to = task!.Owner }, cancellationToken);
            }

            return result;
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/resolve", async (Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                ApiProblems.From(await mediator.Send(new Command(id, user.ToActor()), ct), _ => TypedResults.NoContent()))
            .WithName("ResolveTask")
            .WithSummary("Hand a delegated task back to its owner.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
