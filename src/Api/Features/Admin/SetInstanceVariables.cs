using System.Security.Claims;
using System.Text.Json.Nodes;
using Mediator;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>
/// Sets (merges) variables on an active instance: how an administrator fixes the data behind an incident — a missing
/// or wrong value a script or gateway reads — before retrying it (Camunda 7's <c>POST /process-instance/{id}/variables</c>).
/// The change is journalled with the administrator's name and audited; ended instances are history and stay as they are.
/// </summary>
public static partial class SetInstanceVariables
{
    /// <summary>Variable names are identifiers a script can read; anything else could never be used by a process.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z_$][A-Za-z0-9_$]{0,63}$")]
    private static partial System.Text.RegularExpressions.Regex NamePattern();

    public sealed record Command(Guid Id, JsonObject Variables, Actor Actor) : ICommand<Result<Guid>>;

    public sealed class Handler(WorkflowRuntime runtime, IWorkflowQueries queries, AuditLog audit) : ICommandHandler<Command, Result<Guid>>
    {
        public async ValueTask<Result<Guid>> Handle(Command command, CancellationToken cancellationToken)
        {
            var instance = await queries.InstanceAsync(command.Id, cancellationToken);
            if (instance is null)
            {
                return Result<Guid>.NotFound(ErrorCodes.InstanceNotFound.With(new { instanceId = command.Id }));
            }

            if (instance.Status != InstanceStatus.Active)
            {
                return Result<Guid>.Conflict(ErrorCodes.InstanceNotActive.With(new { instanceId = command.Id }));
            }

            var result = await runtime.SetVariablesAsync(command.Id, command.Variables, command.Actor, cancellationToken);
            if (result.IsOk)
            {
                // Names only: values may be personal data, and the journal already holds them for the instance's own view.
                await audit.RecordAsync("instance.variables", $"instance:{command.Id}", new { names = command.Variables.Select(v => v.Key).ToArray() }, cancellationToken);
            }

            return result.ToResult();
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/instances/{id:guid}/variables", async (Guid id, JsonObject? variables, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var errors = new FieldErrors();
                if (variables is null || variables.Count == 0)
                {
                    errors.Add("variables", ErrorCodes.InstanceVariablesRequired);
                }
                else
                {
                    foreach (var (name, _) in variables.Where(v => !NamePattern().IsMatch(v.Key)))
                    {
                        errors.Add(name, ErrorCodes.InstanceVariableNameInvalid);
                    }
                }

                if (errors.Any)
                {
                    return (IResult)ApiProblems.Validation(errors);
                }

                return ApiProblems.From(await mediator.Send(new Command(id, variables!, user.ToActor()), ct), _ => TypedResults.NoContent());
            })
            .WithName("SetInstanceVariables")
            .WithSummary("Set or overwrite variables of an active instance (e.g. to fix the data behind an incident before retrying it).")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
