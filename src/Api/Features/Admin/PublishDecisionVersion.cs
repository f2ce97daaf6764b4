using Mediator;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Decisions.Deployment;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>Puts a version of a decision in force (rolling back is publishing an older one); running tasks evaluate it from then on.</summary>
public static class PublishDecisionVersion
{
    public sealed record Command(string Key, int Version) : ICommand<Result<int>>;

    public sealed class Handler(IDecisionRepository decisions, AuditLog audit, TimeProvider time) : ICommandHandler<Command, Result<int>>
    {
        public async ValueTask<Result<int>> Handle(Command command, CancellationToken cancellationToken)
        {
            // The store answers false when the key has no such version.
            if (!await decisions.PublishAsync(command.Key, command.Version, time.GetUtcNow(), cancellationToken))
            {
                return Result<int>.NotFound(DecisionProblems.NoVersionError(command.Key, command.Version));
            }

            await audit.RecordAsync("decision.publish", $"decision:{command.Key}:{command.Version}", ct: cancellationToken);
            return command.Version;
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/decisions/{key}/versions/{version:int}/publish", async (string key, int version, IMediator mediator, CancellationToken ct) =>
                ApiProblems.From(await mediator.Send(new Command(key, version), ct), _ => TypedResults.NoContent()))
            .WithName("PublishDecisionVersion")
            .WithSummary("Publish a version of a decision: business rule tasks with binding latest use it.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
