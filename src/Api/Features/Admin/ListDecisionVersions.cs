using Mediator;
using SocialInsurance.Workflows.Decisions.Deployment;

namespace SocialInsurance.Api.Features.Admin;

public static class ListDecisionVersions
{
    public sealed record VersionSummary(string Key, int Version, string? Name, string ContentHash, string? Source, DateTimeOffset DeployedAt, string? DeployedBy, bool IsPublished, DateTimeOffset? PublishedAt);

    public sealed record Query(string Key) : IQuery<IReadOnlyList<VersionSummary>>;

    public sealed class Handler(IDecisionRepository decisions) : IQueryHandler<Query, IReadOnlyList<VersionSummary>>
    {
        public async ValueTask<IReadOnlyList<VersionSummary>> Handle(Query query, CancellationToken cancellationToken) =>
            [.. (await decisions.VersionsAsync(query.Key, cancellationToken))
                .Select(d => new VersionSummary(d.Key, d.Version, d.Name, d.ContentHash, d.Source, d.DeployedAt, d.DeployedBy, d.IsPublished, d.PublishedAt))];
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/decisions/{key}/versions", async (string key, IMediator mediator, CancellationToken ct) =>
                await mediator.Send(new Query(key), ct) is { Count: > 0 } versions
                    ? (IResult)TypedResults.Ok(versions)
                    : DecisionProblems.NoVersion(key, null))
            .WithName("ListDecisionVersions")
            .WithSummary("Every deployed version of a decision, newest first.")
            .Produces<IReadOnlyList<VersionSummary>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
