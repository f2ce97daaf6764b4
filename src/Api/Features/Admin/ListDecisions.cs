using Mediator;
using SocialInsurance.Workflows.Decisions.Deployment;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>Each decision key with its latest deployed version and the version in force (published).</summary>
public static class ListDecisions
{
    public sealed record DecisionSummary(string Key, string? Name, int LatestVersion, int? PublishedVersion, DateTimeOffset DeployedAt, string? DeployedBy, string? Source);

    public sealed record Query : IQuery<IReadOnlyList<DecisionSummary>>;

    public sealed class Handler(IDecisionRepository decisions) : IQueryHandler<Query, IReadOnlyList<DecisionSummary>>
    {
        public async ValueTask<IReadOnlyList<DecisionSummary>> Handle(Query query, CancellationToken cancellationToken)
        {
            var result = new List<DecisionSummary>();
            foreach (var latest in await decisions.LatestOfEachKeyAsync(cancellationToken))
            {
                var published = await decisions.PublishedAsync(latest.Key, cancellationToken);
                result.Add(new DecisionSummary(latest.Key, latest.Name, latest.Version, published?.Version, latest.DeployedAt, latest.DeployedBy, latest.Source));
            }

            return result;
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/decisions", (IMediator mediator, CancellationToken ct) => mediator.Send(new Query(), ct))
            .WithName("ListDecisions")
            .WithSummary("Latest and published version of each decision.");
}
