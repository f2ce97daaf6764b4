using Mediator;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Deployment;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>Makes a version the one new instances start on (rolling back is publishing an older one).</summary>
public static class PublishDefinitionVersion
{
    public sealed record Command(string Key, int Version) : ICommand<bool>;

    public sealed class Handler(IDefinitionRepository definitions, AuditLog audit, TimeProvider time) : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            if (await definitions.FindAsync(ProcessDefinition.IdFor(command.Key, command.Version), cancellationToken) is null)
            {
                return false;
            }

            await definitions.PublishAsync(command.Key, command.Version, time.GetUtcNow(), cancellationToken);
            await audit.RecordAsync("definition.publish", $"definition:{command.Key}:{command.Version}", ct: cancellationToken);
            return true;
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/definitions/{key}/versions/{version:int}/publish", async (string key, int version, IMediator mediator, CancellationToken ct) =>
                await mediator.Send(new Command(key, version), ct)
                    ? (IResult)TypedResults.NoContent()
                    : ApiProblems.NotFound(ErrorCodes.ProcessVersionNotFound.With(new { key, version })))
            .WithName("PublishDefinitionVersion")
            .WithSummary("Publish a version: new instances start on it.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
