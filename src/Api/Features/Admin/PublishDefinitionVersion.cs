using Mediator;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Deployment;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>Makes a version the one new instances start on (rolling back is publishing an older one).</summary>
public static class PublishDefinitionVersion
{
    public sealed record Command(string Key, int Version) : ICommand<Result<int>>;

    public sealed class Handler(IDefinitionRepository definitions, TimerStartSchedule timerStarts, AuditLog audit, TimeProvider time) : ICommandHandler<Command, Result<int>>
    {
        public async ValueTask<Result<int>> Handle(Command command, CancellationToken cancellationToken)
        {
            if (await definitions.FindAsync(ProcessDefinition.IdFor(command.Key, command.Version), cancellationToken) is null)
            {
                return Result<int>.NotFound(ErrorCodes.ProcessVersionNotFound.With(new { key = command.Key, version = command.Version }));
            }

            await definitions.PublishAsync(command.Key, command.Version, time.GetUtcNow(), cancellationToken);
            // The newly published version's timer starts replace the previous one's.
            await timerStarts.RescheduleAsync(command.Key, cancellationToken);
            await audit.RecordAsync("definition.publish", $"definition:{command.Key}:{command.Version}", ct: cancellationToken);
            return Result<int>.Ok(command.Version);
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/definitions/{key}/versions/{version:int}/publish", async (string key, int version, IMediator mediator, CancellationToken ct) =>
                ApiProblems.From(await mediator.Send(new Command(key, version), ct), _ => TypedResults.NoContent()))
            .WithName("PublishDefinitionVersion")
            .WithSummary("Publish a version: new instances start on it.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
