using Mediator;
using SocialInsurance.Domain.Reference;

namespace SocialInsurance.Api.Features.Reference;

public static class ListInsuranceTypes
{
    public sealed record Query : IQuery<IReadOnlyList<ReferenceItem>>;

    public sealed class Handler(InsuranceTypeCatalog types) : IQueryHandler<Query, IReadOnlyList<ReferenceItem>>
    {
        public ValueTask<IReadOnlyList<ReferenceItem>> Handle(Query query, CancellationToken cancellationToken) =>
            ValueTask.FromResult<IReadOnlyList<ReferenceItem>>(
                [.. types.All.OrderBy(t => t.Code, StringComparer.Ordinal).Select(t => new ReferenceItem(t.Code, t.NameZh, t.NameEn))]);
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/insurance-types", (IMediator mediator, CancellationToken ct) => mediator.Send(new Query(), ct))
            .WithName("ListInsuranceTypes")
            .WithSummary("Insurance types (险种) offered by the service.");
}
