using Mediator;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.InstanceMigration;

namespace SocialInsurance.Api.Features.Migrations;

/// <summary>One batch with its progress and each instance's outcome (the Studio polls it while the batch runs).</summary>
public static class GetMigration
{
    public sealed record Query(Guid Id) : IQuery<Result<MigrationBatch>>;

    public sealed class Handler(MigrationService migrations) : IQueryHandler<Query, Result<MigrationBatch>>
    {
        public async ValueTask<Result<MigrationBatch>> Handle(Query query, CancellationToken cancellationToken) =>
            await migrations.FindBatchAsync(query.Id, cancellationToken)
                ?? Result<MigrationBatch>.NotFound(ErrorCodes.MigrationNotFound.With(new { id = query.Id }));
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", async (Guid id, HttpContext http, IMediator mediator, CancellationToken ct) =>
                ApiProblems.From(await mediator.Send(new Query(id), ct), batch => TypedResults.Ok(MigrationViews.WithItems(batch, ProblemLanguage.Of(http)))))
            .WithName("GetMigration")
            .WithSummary("A migration batch, its progress and each instance's outcome.")
            .Produces<MigrationViews.BatchWithItems>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
