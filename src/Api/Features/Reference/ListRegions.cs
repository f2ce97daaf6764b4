using Mediator;
using SocialInsurance.Domain.Reference;

namespace SocialInsurance.Api.Features.Reference;

/// <summary>参保统筹区 the applicant may choose; the reviewer group of a region is <c>reviewers-{code}</c>.</summary>
public static class ListRegions
{
    public sealed record Query : IQuery<IReadOnlyList<ReferenceItem>>;

    public sealed class Handler(RegionCatalog regions) : IQueryHandler<Query, IReadOnlyList<ReferenceItem>>
    {
        public ValueTask<IReadOnlyList<ReferenceItem>> Handle(Query query, CancellationToken cancellationToken) =>
            ValueTask.FromResult<IReadOnlyList<ReferenceItem>>(
                [.. regions.All.OrderBy(r => r.Code.Value, StringComparer.Ordinal).Select(r => new ReferenceItem(r.Code.Value, r.NameZh, r.NameEn))]);
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/regions", (IMediator mediator, CancellationToken ct) => mediator.Send(new Query(), ct))
            .WithName("ListRegions")
            .WithSummary("Regions (参保统筹区) offered by the service.");
}
