using System.Security.Claims;
using Mediator;
using SocialInsurance.Api.Infrastructure.Http;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Workflows.Decisions.Deployment;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>
/// Deploys a DMN document as a new immutable version of each decision in it (unchanged content creates nothing).
/// With <c>?publish=true</c> business rule tasks with binding latest use it at once.
/// </summary>
public static class DeployDecision
{
    public sealed record Deployed(string Key, int Version, bool Created, bool Published);

    public sealed record Command(string Xml, string DeployedBy, bool Publish) : ICommand<DecisionDeploymentResult>;

    public sealed class Handler(DecisionDeploymentService deployments, AuditLog audit) : ICommandHandler<Command, DecisionDeploymentResult>
    {
        public async ValueTask<DecisionDeploymentResult> Handle(Command command, CancellationToken cancellationToken)
        {
            var result = await deployments.DeployAsync(command.Xml, source: "api", command.DeployedBy, command.Publish, cancellationToken);
            foreach (var decision in result.Decisions)
            {
                await audit.RecordAsync("decision.deploy", $"decision:{decision.Key}:{decision.Version}",
                    new { decision.Created, decision.Published }, cancellationToken);
            }

            return result;
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/decisions", async (HttpRequest request, ClaimsPrincipal user, bool? publish, IMediator mediator, CancellationToken ct) =>
            {
                if (await XmlBody.ReadAsync(request, ct) is not { Length: > 0 } xml)
                {
                    return (IResult)DecisionProblems.NotXml();
                }

                var result = await mediator.Send(new Command(xml, user.Identity!.Name!, publish == true), ct);
                if (!result.IsValid)
                {
                    return DecisionProblems.Invalid(result.Issues);
                }

                var deployed = result.Decisions.Select(d => new Deployed(d.Key, d.Version, d.Created, d.Published)).ToArray();
                return TypedResults.Created($"/api/admin/decisions/{deployed[0].Key}/versions/{deployed[0].Version}", deployed);
            })
            .WithName("DeployDecision")
            .WithSummary("Deploy a DMN document (Content-Type: application/xml); ?publish=true publishes its decisions.")
            .Accepts<string>("application/xml")
            .Produces<Deployed[]>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
}
