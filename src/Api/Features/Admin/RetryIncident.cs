using System.Security.Claims;
using Mediator;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>Resolves an incident and runs its element again at once; the answer says whether that step committed.</summary>
public static class RetryIncident
{
    public sealed record RetryResponse(Guid IncidentId, Guid InstanceId);

    public sealed record Command(Guid Id, Actor Actor) : ICommand<Result<Guid>>;

    public sealed class Handler(WorkflowRuntime runtime, AuditLog audit) : ICommandHandler<Command, Result<Guid>>
    {
        public async ValueTask<Result<Guid>> Handle(Command command, CancellationToken cancellationToken)
        {
            var result = await runtime.RetryIncidentAsync(command.Id, command.Actor, cancellationToken);
            if (result.IsOk)
            {
                await audit.RecordAsync("incident.retry", $"incident:{command.Id}", new { instanceId = result.Value }, cancellationToken);
            }

            return result.ToResult();
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/incidents/{id:guid}/retry", async (Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                ApiProblems.From(await mediator.Send(new Command(id, user.ToActor()), ct), instanceId => TypedResults.Ok(new RetryResponse(id, instanceId))))
            .WithName("RetryIncident")
            .WithSummary("Retry the element an incident holds.")
            .Produces<RetryResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
