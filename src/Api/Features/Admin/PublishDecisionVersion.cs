using Mediator;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Workflows.Decisions.Deployment;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>Puts a version of a decision in force (rolling back is publishing an older one); running tasks evaluate it from then on.</summary>
public static class PublishDecisionVersion
{
    public sealed record Command(string Key, int Version) : ICommand<bool>;

    public sealed class Handler(IDecisionRepository decisions, AuditLog audit, TimeProvider time) : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            if (!await decisions.PublishAsync(command.Key, command.Version, time.GetUtcNow(), cancellationToken))
            {
                return false;
            }

            await audit.RecordAsync("decision.publish", $"decision:{command.Key}:{command.Version}", ct: cancellationToken);
            return true;
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/decisions/{key}/versions/{version:int}/publish", async (string key, int version, IMediator mediator, CancellationToken ct) =>
                await mediator.Send(new Command(key, version), ct)
                    ? (IResult)TypedResults.NoContent()
                    : DecisionProblems.NoVersion(key, version))
            .WithName("PublishDecisionVersion")
            .WithSummary("Publish a version of a decision: business rule tasks with binding latest use it.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
