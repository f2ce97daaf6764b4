using Mediator;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Decisions.Deployment;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>
/// The DMN XML of a decision as deployed (dmn-js opens it): <c>/decisions/{key}</c> gives the published version (the
/// latest if none is published), <c>/decisions/{key}/versions/{n}</c> a given one. The version is in <c>X-Decision-Version</c>.
/// </summary>
public static class GetDecisionVersion
{
    public sealed record Query(string Key, int? Version) : IQuery<Result<DecisionDefinition>>;

    public sealed class Handler(IDecisionRepository decisions) : IQueryHandler<Query, Result<DecisionDefinition>>
    {
        public async ValueTask<Result<DecisionDefinition>> Handle(Query query, CancellationToken cancellationToken)
        {
            var definition = query.Version is { } version
                ? await decisions.FindAsync(DecisionDefinition.IdFor(query.Key, version), cancellationToken)
                : await decisions.PublishedAsync(query.Key, cancellationToken)
                    ?? (await decisions.VersionsAsync(query.Key, cancellationToken)).FirstOrDefault();
            return definition ?? Result<DecisionDefinition>.NotFound(DecisionProblems.NoVersionError(query.Key, query.Version));
        }
    }

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/decisions/{key}", (string key, HttpContext http, IMediator mediator, CancellationToken ct) => Answer(key, null, http, mediator, ct))
            .WithName("GetDecision")
            .WithSummary("The DMN XML of the published (else latest) version of a decision.")
            .Produces<string>(StatusCodes.Status200OK, "application/xml")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/decisions/{key}/versions/{version:int}", (string key, int version, HttpContext http, IMediator mediator, CancellationToken ct) => Answer(key, version, http, mediator, ct))
            .WithName("GetDecisionVersion")
            .WithSummary("The DMN XML of a version of a decision.")
            .Produces<string>(StatusCodes.Status200OK, "application/xml")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> Answer(string key, int? version, HttpContext http, IMediator mediator, CancellationToken ct) =>
        ApiProblems.From(await mediator.Send(new Query(key, version), ct), definition =>
        {
            http.Response.Headers["X-Decision-Version"] = definition.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Text(definition.Xml, "application/xml", System.Text.Encoding.UTF8);
        });
}
