using System.Security.Claims;
using Mediator;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Tasks;

/// <summary>The route of a bodiless change to one task: <c>POST /api/tasks/{id}/{verb}</c>, 204 when done, the engine's refusals as problems.</summary>
public static class TaskChangeRoute
{
    public static RouteHandlerBuilder Map<TCommand>(RouteGroupBuilder group, string verb, string name, string summary, Func<Guid, Actor, TCommand> command)
        where TCommand : ICommand<Result<Guid>> =>
        group.MapPost($"/{{id:guid}}/{verb}", async (Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                ApiProblems.From(await mediator.Send(command(id, user.ToActor()), ct), _ => TypedResults.NoContent()))
            .WithName(name)
            .WithSummary(summary)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
