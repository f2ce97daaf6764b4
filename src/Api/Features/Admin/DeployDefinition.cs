using System.Security.Claims;
using Mediator;
using SocialInsurance.Api.Infrastructure.Http;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Workflows.Deployment;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>
/// Deploys a BPMN document as a new immutable version of each process in it (unchanged content creates nothing).
/// With <c>?publish=true</c> new instances start on it at once; running instances stay on their version.
/// </summary>
public static class DeployDefinition
{
    public sealed record Deployed(string Key, int Version, bool Created, bool Published);

    public sealed record Command(string Xml, string DeployedBy, bool Publish) : ICommand<DeploymentResult>;

    public sealed class Handler(DeploymentService deployments, AuditLog audit) : ICommandHandler<Command, DeploymentResult>
    {
        public async ValueTask<DeploymentResult> Handle(Command command, CancellationToken cancellationToken)
        {
            var result = await deployments.DeployAsync(command.Xml, source: "api", command.DeployedBy, command.Publish, cancellationToken);
            if (result.IsValid)
            {
                foreach (var process in result.Processes)
                {
                    await audit.RecordAsync("definition.deploy", $"definition:{process.Key}:{process.Version}",
                        new { process.Created, process.Published }, cancellationToken);
                }
            }

            return result;
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/definitions", async (HttpRequest request, ClaimsPrincipal user, bool? publish, IMediator mediator, CancellationToken ct) =>
            {
                if (await XmlBody.ReadAsync(request, ct) is not { Length: > 0 } xml)
                {
                    return (IResult)DefinitionProblems.NotXml();
                }

                var result = await mediator.Send(new Command(xml, user.Identity!.Name!, publish == true), ct);
                if (!result.IsValid)
                {
                    return DefinitionProblems.Invalid(result.Issues);
                }

                var first = result.Processes[0];
                var body = result.Processes.Count == 1
                    ? (object)new Deployed(first.Key, first.Version, first.Created, first.Published)
                    : result.Processes.Select(p => new Deployed(p.Key, p.Version, p.Created, p.Published)).ToArray();
                return TypedResults.Created($"/api/admin/definitions/{first.Key}/versions/{first.Version}", body);
            })
            .WithName("DeployDefinition")
            .WithSummary("Deploy a BPMN document (Content-Type: application/xml); ?publish=true publishes it.")
            .Accepts<string>("application/xml")
            .Produces<Deployed>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
}
