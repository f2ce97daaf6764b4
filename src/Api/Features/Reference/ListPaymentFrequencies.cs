using Mediator;
using SocialInsurance.Domain.Contributions;

namespace SocialInsurance.Api.Features.Reference;

public static class ListPaymentFrequencies
{
    public sealed record FrequencyItem(string Code, string NameZh, string NameEn, int MonthsPerPeriod);

    public sealed record Query : IQuery<IReadOnlyList<FrequencyItem>>;

    public sealed class Handler : IQueryHandler<Query, IReadOnlyList<FrequencyItem>>
    {
        public ValueTask<IReadOnlyList<FrequencyItem>> Handle(Query query, CancellationToken cancellationToken) =>
            ValueTask.FromResult<IReadOnlyList<FrequencyItem>>(
                [.. Enum.GetValues<PaymentFrequency>().Select(f => new FrequencyItem(f.ToString(), f.NameZh(), f.NameEn(), f.MonthsPerPeriod()))]);
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/payment-frequencies", (IMediator mediator, CancellationToken ct) => mediator.Send(new Query(), ct))
            .WithName("ListPaymentFrequencies")
            .WithSummary("Payment frequencies (缴费方式).");
}
