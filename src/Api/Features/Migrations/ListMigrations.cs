using Mediator;
using SocialInsurance.Workflows.InstanceMigration;

namespace SocialInsurance.Api.Features.Migrations;

/// <summary>Migration batches, newest first (the last 100), of one process when <c>processKey</c> is given.</summary>
public static class ListMigrations
{
    public sealed record Query(string? ProcessKey) : IQuery<IReadOnlyList<MigrationViews.Batch>>;

    public sealed class Handler(MigrationService migrations) : IQueryHandler<Query, IReadOnlyList<MigrationViews.Batch>>
    {
        public async ValueTask<IReadOnlyList<MigrationViews.Batch>> Handle(Query query, CancellationToken cancellationToken) =>
            (await migrations.ListBatchesAsync(query.ProcessKey, 100, cancellationToken)).Select(MigrationViews.BatchOf).ToArray();
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("", async (string? processKey, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new Query(string.IsNullOrWhiteSpace(processKey) ? null : processKey.Trim()), ct)))
            .WithName("ListMigrations")
            .WithSummary("Migration batches, newest first.")
            .Produces<IReadOnlyList<MigrationViews.Batch>>();
}
