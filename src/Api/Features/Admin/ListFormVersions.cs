using Mediator;
using SocialInsurance.Api.Infrastructure.Forms;
using SocialInsurance.Api.Infrastructure.Problems;

namespace SocialInsurance.Api.Features.Admin;

public static class ListFormVersions
{
    public sealed record FormVersion(string Key, int Version, string ContentHash, string? Source, DateTimeOffset DeployedAt, string? DeployedBy);

    public sealed record Query(string Key) : IQuery<IReadOnlyList<FormVersion>>;

    public sealed class Handler(FormStore forms) : IQueryHandler<Query, IReadOnlyList<FormVersion>>
    {
        public async ValueTask<IReadOnlyList<FormVersion>> Handle(Query query, CancellationToken cancellationToken) =>
            [.. (await forms.VersionsAsync(query.Key, cancellationToken))
                .Select(f => new FormVersion(f.Key, f.Version, f.ContentHash, f.Source, f.DeployedAt, f.DeployedBy))];
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/forms/{key}/versions", async (string key, IMediator mediator, CancellationToken ct) =>
                await mediator.Send(new Query(key), ct) is { Count: > 0 } versions
                    ? (IResult)TypedResults.Ok(versions)
                    : ApiProblems.NotFound(ErrorCodes.FormNotDeployed.With(new { key })))
            .WithName("ListFormVersions")
            .WithSummary("Every deployed version of a form, newest first.")
            .Produces<IReadOnlyList<FormVersion>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
