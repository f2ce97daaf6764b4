using Mediator;
using SocialInsurance.Api.Infrastructure.Http;
using SocialInsurance.Workflows.Deployment;
using SocialInsurance.Workflows.Validation;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>Checks a BPMN document as a deployment would, deploying nothing: 200 with the process keys, or 400 with the issues.</summary>
public static class ValidateDefinition
{
    public sealed record ValidationResponse(bool Valid, IReadOnlyList<string> ProcessKeys);

    public sealed record Query(string Xml) : IQuery<(IReadOnlyList<string> Keys, IReadOnlyList<ValidationIssue> Issues)>;

    public sealed class Handler(DeploymentService deployments) : IQueryHandler<Query, (IReadOnlyList<string> Keys, IReadOnlyList<ValidationIssue> Issues)>
    {
        public ValueTask<(IReadOnlyList<string> Keys, IReadOnlyList<ValidationIssue> Issues)> Handle(Query query, CancellationToken cancellationToken)
        {
            var parsed = deployments.Validate(query.Xml);
            return ValueTask.FromResult<(IReadOnlyList<string>, IReadOnlyList<ValidationIssue>)>(
                ([.. parsed.Processes.Select(p => p.Key)], parsed.Issues));
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/definitions/validate", async (HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                if (await XmlBody.ReadAsync(request, ct) is not { Length: > 0 } xml)
                {
                    return (IResult)DefinitionProblems.NotXml();
                }

                var (keys, issues) = await mediator.Send(new Query(xml), ct);
                return issues.Count > 0 ? DefinitionProblems.Invalid(issues) : TypedResults.Ok(new ValidationResponse(true, keys));
            })
            .WithName("ValidateDefinition")
            .WithSummary("Validate a BPMN document without deploying it.")
            .Accepts<string>("application/xml")
            .Produces<ValidationResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
}
