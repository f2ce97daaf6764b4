using Mediator;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Decisions.Comparison;
using SocialInsurance.Workflows.Decisions.Deployment;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>
/// What changed in a decision's table between two versions (hit policy, columns, rules and their cells), so an
/// administrator sees what publishing a version would change before doing it. Processes are diffed in the Studio on
/// the diagram; a table's change is in its cells, which the server can name exactly.
/// </summary>
public static class DiffDecisionVersions
{
    public sealed record Query(string Key, int From, int To) : IQuery<Result<DecisionTableDiff>>;

    public sealed class Handler(IDecisionRepository decisions, DecisionCache cache) : IQueryHandler<Query, Result<DecisionTableDiff>>
    {
        public async ValueTask<Result<DecisionTableDiff>> Handle(Query query, CancellationToken cancellationToken)
        {
            var from = await decisions.FindAsync(DecisionDefinition.IdFor(query.Key, query.From), cancellationToken);
            var to = await decisions.FindAsync(DecisionDefinition.IdFor(query.Key, query.To), cancellationToken);
            return from is null || to is null
                ? Result<DecisionTableDiff>.NotFound(ErrorCodes.DecisionVersionsNotFound.With(new { key = query.Key, from = query.From, to = query.To }))
                : DecisionTableDiff.Between(cache.Get(from).Decisions[query.Key], cache.Get(to).Decisions[query.Key]);
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/decisions/{key}/diff", async (string key, int? from, int? to, IMediator mediator, CancellationToken ct) =>
            {
                var errors = new FieldErrors();
                if (from is not > 0)
                {
                    errors.Add("from", ErrorCodes.DecisionFromRequired);
                }

                if (to is not > 0)
                {
                    errors.Add("to", ErrorCodes.DecisionToRequired);
                }

                if (errors.Any)
                {
                    return (IResult)ApiProblems.Validation(errors);
                }

                return ApiProblems.From(await mediator.Send(new Query(key, from!.Value, to!.Value), ct), diff => TypedResults.Ok(diff));
            })
            .WithName("DiffDecisionVersions")
            .WithSummary("The changes to a decision table between two versions (?from=1&to=2).")
            .Produces<DecisionTableDiff>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
