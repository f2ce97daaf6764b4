using Mediator;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Deployment;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>The BPMN XML of one version, as deployed (the modeler opens it).</summary>
public static class GetDefinitionVersion
{
    public sealed record Query(string Key, int Version) : IQuery<Result<ProcessDefinition>>;

    public sealed class Handler(IDefinitionRepository definitions) : IQueryHandler<Query, Result<ProcessDefinition>>
    {
        public async ValueTask<Result<ProcessDefinition>> Handle(Query query, CancellationToken cancellationToken) =>
            await definitions.FindAsync(ProcessDefinition.IdFor(query.Key, query.Version), cancellationToken)
                ?? Result<ProcessDefinition>.NotFound(ErrorCodes.ProcessVersionNotFound.With(new { key = query.Key, version = query.Version }));
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/definitions/{key}/versions/{version:int}", async (string key, int version, IMediator mediator, CancellationToken ct) =>
                ApiProblems.From(await mediator.Send(new Query(key, version), ct), definition => Results.Text(definition.Xml, "application/xml", System.Text.Encoding.UTF8)))
            .WithName("GetDefinitionVersion")
            .WithSummary("The BPMN XML of a version.")
            .Produces<string>(StatusCodes.Status200OK, "application/xml")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
