using System.Security.Claims;
using Mediator;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>Ends an active instance with all its tasks, timers and subscriptions; the reason goes into the journal.</summary>
public static class CancelInstance
{
    public sealed record CancelRequest(string? Reason);

    public sealed record Command(Guid Id, string? Reason, Actor Actor) : ICommand<Result<Guid>>;

    public sealed class Handler(WorkflowRuntime runtime, AuditLog audit) : ICommandHandler<Command, Result<Guid>>
    {
        public async ValueTask<Result<Guid>> Handle(Command command, CancellationToken cancellationToken)
        {
            var result = await runtime.CancelInstanceAsync(command.Id, command.Actor, command.Reason, cancellationToken);
            if (result.IsOk)
            {
                await audit.RecordAsync("instance.cancel", $"instance:{command.Id}", new { command.Reason }, cancellationToken);
            }

            return result.ToResult();
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/instances/{id:guid}/cancel", async (Guid id, CancelRequest? request, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                ApiProblems.From(await mediator.Send(new Command(id, request?.Reason, user.ToActor()), ct), _ => TypedResults.NoContent()))
            .WithName("CancelInstance")
            .WithSummary("Cancel an active instance.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
