using System.Security.Claims;
using System.Text.Json.Nodes;
using Mediator;
using SocialInsurance.Api.Infrastructure.Forms;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>
/// Deploys a form-js schema as a new immutable version of <c>{key}</c>; the same content answers with the existing
/// version and <c>created: false</c>. Tasks already open keep the version that was current when they were created.
/// </summary>
public static class DeployForm
{
    public sealed record DeployRequest(JsonNode? Schema);

    public sealed record Deployed(string Key, int Version, bool Created);

    public sealed record Command(string Key, JsonNode? Schema, string DeployedBy) : ICommand<FormDeployment>;

    public sealed class Handler(FormStore forms, AuditLog audit) : ICommandHandler<Command, FormDeployment>
    {
        public async ValueTask<FormDeployment> Handle(Command command, CancellationToken cancellationToken)
        {
            var result = await forms.DeployAsync(command.Key, command.Schema, source: "api", command.DeployedBy, cancellationToken);
            if (result.IsValid)
            {
                await audit.RecordAsync("form.deploy", $"form:{result.Key}:{result.Version}", new { result.Created }, cancellationToken);
            }

            return result;
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPut("/forms/{key}", async (string key, DeployRequest? request, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                if (request?.Schema is null)
                {
                    return (IResult)ApiProblems.Validation(new FieldErrors().Add("schema", ErrorCodes.FormSchemaRequired));
                }

                var result = await mediator.Send(new Command(key, request.Schema, user.Identity!.Name!), ct);
                if (!result.IsValid)
                {
                    var errors = new FieldErrors();
                    foreach (var issue in result.Issues)
                    {
                        errors.Add(issue.Path == "key" ? "key" : issue.Path == "$" ? "schema" : $"schema.{issue.Path}", "form.invalid", issue.Zh, issue.En);
                    }

                    return ApiProblems.Validation(errors);
                }

                return TypedResults.Ok(new Deployed(result.Key, result.Version, result.Created));
            })
            .WithName("DeployForm")
            .WithSummary("Deploy a form-js schema as a new version of a form (unchanged content keeps its version).")
            .Produces<Deployed>()
            .ProducesValidationProblem();
}
