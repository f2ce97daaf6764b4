using Mediator;
using SocialInsurance.Workflows.Deployment;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>Each process key with its latest deployed version and the version new instances start on.</summary>
public static class ListDefinitions
{
    public sealed record DefinitionSummary(string Key, string? Name, int LatestVersion, int? PublishedVersion, DateTimeOffset DeployedAt, string? DeployedBy);

    public sealed record Query : IQuery<IReadOnlyList<DefinitionSummary>>;

    public sealed class Handler(IDefinitionRepository definitions) : IQueryHandler<Query, IReadOnlyList<DefinitionSummary>>
    {
        public async ValueTask<IReadOnlyList<DefinitionSummary>> Handle(Query query, CancellationToken cancellationToken)
        {
            var result = new List<DefinitionSummary>();
            foreach (var latest in (await definitions.LatestOfEachKeyAsync(cancellationToken)).OrderBy(d => d.Key, StringComparer.Ordinal))
            {
                var published = await definitions.PublishedAsync(latest.Key, cancellationToken);
                result.Add(new DefinitionSummary(latest.Key, latest.Name, latest.Version, published?.Version, latest.DeployedAt, latest.DeployedBy));
            }

            return result;
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/definitions", (IMediator mediator, CancellationToken ct) => mediator.Send(new Query(), ct))
            .WithName("ListDefinitions")
            .WithSummary("Latest and published version of each process.");
}
