using Mediator;
using SocialInsurance.Domain.Reference;

namespace SocialInsurance.Api.Features.Reference;

public static class ListBanks
{
    /// <summary><see cref="CnapsCodeIsShared"/>: the CNAPS category code alone does not identify this bank.</summary>
    public sealed record BankItem(string Code, string NameZh, string NameEn, string CnapsCategoryCode, bool CnapsCodeIsShared);

    public sealed record Query : IQuery<IReadOnlyList<BankItem>>;

    public sealed class Handler(BankCategoryCatalog banks) : IQueryHandler<Query, IReadOnlyList<BankItem>>
    {
        public ValueTask<IReadOnlyList<BankItem>> Handle(Query query, CancellationToken cancellationToken) =>
            ValueTask.FromResult<IReadOnlyList<BankItem>>(
                [.. banks.All.Select(b => new BankItem(b.Code, b.NameZh, b.NameEn, b.CnapsCategoryCode, b.CnapsCodeIsShared))]);
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/banks", (IMediator mediator, CancellationToken ct) => mediator.Send(new Query(), ct))
            .WithName("ListBanks")
            .WithSummary("Bank categories (银行类别) a deduction card may belong to.");
}
