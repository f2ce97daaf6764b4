using System.Security.Claims;
using System.Text.Json.Nodes;
using Mediator;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>Delivers a message by name and correlation key; 404 when no instance waits for it and no process starts on it.</summary>
public static class CorrelateMessage
{
    public sealed record MessageRequest(string? Name, string? CorrelationKey, JsonObject? Variables);

    public sealed record Command(string Name, string CorrelationKey, JsonObject? Variables, Actor Actor) : ICommand<Result<CorrelationResult>>;

    public sealed class Handler(WorkflowRuntime runtime, AuditLog audit) : ICommandHandler<Command, Result<CorrelationResult>>
    {
        public async ValueTask<Result<CorrelationResult>> Handle(Command command, CancellationToken cancellationToken)
        {
            var result = await runtime.CorrelateMessageAsync(command.Name, command.CorrelationKey, command.Variables, command.Actor, cancellationToken);
            if (result.IsOk)
            {
                await audit.RecordAsync("message.correlate", $"message:{command.Name}:{command.CorrelationKey}",
                    new { resumed = result.Value!.ResumedInstances, started = result.Value.StartedInstances, buffered = result.Value.Buffered }, cancellationToken);
            }

            return result.ToResult();
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/messages", async (MessageRequest request, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var errors = new FieldErrors();
                if (string.IsNullOrWhiteSpace(request.Name))
                {
                    errors.Add("name", ErrorCodes.MessageNameRequired);
                }

                if (string.IsNullOrWhiteSpace(request.CorrelationKey))
                {
                    errors.Add("correlationKey", ErrorCodes.MessageCorrelationKeyRequired);
                }

                if (errors.Any)
                {
                    return (IResult)ApiProblems.Validation(errors);
                }

                var result = await mediator.Send(new Command(request.Name!, request.CorrelationKey!, request.Variables, user.ToActor()), ct);
                return ApiProblems.From(result, correlation => TypedResults.Ok(correlation));
            })
            .WithName("CorrelateMessage")
            .WithSummary("Correlate a message to waiting instances (or start one at a message start event).")
            .Produces<CorrelationResult>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
