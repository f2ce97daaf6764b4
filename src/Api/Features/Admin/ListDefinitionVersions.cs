using Mediator;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Deployment;

namespace SocialInsurance.Api.Features.Admin;

public static class ListDefinitionVersions
{
    public sealed record VersionSummary(string Key, int Version, string? Name, string ContentHash, string? Source, DateTimeOffset DeployedAt, string? DeployedBy, bool IsPublished, DateTimeOffset? PublishedAt);

    public sealed record Query(string Key) : IQuery<IReadOnlyList<VersionSummary>>;

    public sealed class Handler(IDefinitionRepository definitions) : IQueryHandler<Query, IReadOnlyList<VersionSummary>>
    {
        public async ValueTask<IReadOnlyList<VersionSummary>> Handle(Query query, CancellationToken cancellationToken) =>
            [.. (await definitions.VersionsAsync(query.Key, cancellationToken))
                .OrderByDescending(d => d.Version)
                .Select(d => new VersionSummary(d.Key, d.Version, d.Name, d.ContentHash, d.Source, d.DeployedAt, d.DeployedBy, d.IsPublished, d.PublishedAt))];
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/definitions/{key}/versions", async (string key, IMediator mediator, CancellationToken ct) =>
                await mediator.Send(new Query(key), ct) is { Count: > 0 } versions
                    ? (IResult)TypedResults.Ok(versions)
                    : ApiProblems.NotFound(ErrorCodes.ProcessNotDeployed.With(new { key })))
            .WithName("ListDefinitionVersions")
            .WithSummary("Every deployed version of a process, newest first.")
            .Produces<IReadOnlyList<VersionSummary>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
