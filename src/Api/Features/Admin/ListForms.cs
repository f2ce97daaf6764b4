using Mediator;
using SocialInsurance.Api.Infrastructure.Forms;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>The latest version of each deployed form (the Studio's form list).</summary>
public static class ListForms
{
    public sealed record FormSummary(string Key, int Version, DateTimeOffset DeployedAt, string? DeployedBy);

    public sealed record Query : IQuery<IReadOnlyList<FormSummary>>;

    public sealed class Handler(FormStore forms) : IQueryHandler<Query, IReadOnlyList<FormSummary>>
    {
        public async ValueTask<IReadOnlyList<FormSummary>> Handle(Query query, CancellationToken cancellationToken) =>
            [.. (await forms.LatestOfEachKeyAsync(cancellationToken)).Select(f => new FormSummary(f.Key, f.Version, f.DeployedAt, f.DeployedBy))];
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/forms", (IMediator mediator, CancellationToken ct) => mediator.Send(new Query(), ct))
            .WithName("ListForms")
            .WithSummary("Latest version of each deployed form.");
}
