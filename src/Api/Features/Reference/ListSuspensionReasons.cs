using Mediator;
using SocialInsurance.Domain.Reference;

namespace SocialInsurance.Api.Features.Reference;

public static class ListSuspensionReasons
{
    public sealed record Query : IQuery<IReadOnlyList<ReferenceItem>>;

    public sealed class Handler : IQueryHandler<Query, IReadOnlyList<ReferenceItem>>
    {
        public ValueTask<IReadOnlyList<ReferenceItem>> Handle(Query query, CancellationToken cancellationToken) =>
            ValueTask.FromResult<IReadOnlyList<ReferenceItem>>(
                [.. SuspensionReasons.All.Select(r => new ReferenceItem(r.Code, r.NameZh, r.NameEn))]);
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/suspension-reasons", (IMediator mediator, CancellationToken ct) => mediator.Send(new Query(), ct))
            .WithName("ListSuspensionReasons")
            .WithSummary("Suspension change reasons (变更原因).");
}
