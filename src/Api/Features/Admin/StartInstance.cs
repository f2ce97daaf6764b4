using System.Security.Claims;
using System.Text.Json.Nodes;
using Mediator;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>Starts the published version of a process and runs it to its first wait state.</summary>
public static class StartInstance
{
    public sealed record StartRequest(string? ProcessKey, string? BusinessKey, JsonObject? Variables);

    public sealed record StartResponse(Guid Id, string DefinitionId, string? BusinessKey);

    public sealed record Command(string ProcessKey, string? BusinessKey, JsonObject? Variables, Actor Actor) : ICommand<Result<StartedInstance>>;

    public sealed class Handler(WorkflowRuntime runtime, AuditLog audit) : ICommandHandler<Command, Result<StartedInstance>>
    {
        public async ValueTask<Result<StartedInstance>> Handle(Command command, CancellationToken cancellationToken)
        {
            var result = await runtime.StartAsync(command.ProcessKey, command.BusinessKey, command.Variables, command.Actor, cancellationToken);
            if (result.IsOk)
            {
                await audit.RecordAsync("instance.start", $"instance:{result.Value!.Id}", new { command.ProcessKey, command.BusinessKey }, cancellationToken);
            }

            return result.ToResult();
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/instances", async (StartRequest request, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                if (string.IsNullOrWhiteSpace(request.ProcessKey))
                {
                    return (IResult)ApiProblems.Validation(new FieldErrors().Add("processKey", ErrorCodes.ProcessRequired));
                }

                var result = await mediator.Send(new Command(request.ProcessKey, request.BusinessKey, request.Variables, user.ToActor()), ct);
                return ApiProblems.From(result, started =>
                    TypedResults.Created($"/api/admin/instances/{started.Id}", new StartResponse(started.Id, started.DefinitionId, started.BusinessKey)));
            })
            .WithName("StartInstance")
            .WithSummary("Start an instance of the published version of a process.")
            .Produces<StartResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
