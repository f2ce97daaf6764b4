using System.Security.Claims;
using System.Text.Json.Nodes;
using Mediator;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Tasks;

/// <summary>
/// A review decision. The body's fields become process variables (<c>decision</c>, <c>comment</c>, other form fields).
/// Server-side checks: a decision of approve, reject or supplement, and a reason unless approving. Validation against
/// the task's form-js schema comes with the forms. Of two reviewers completing at once, one gets 200 and one 409.
/// </summary>
public static class CompleteTask
{
    public static readonly string[] Decisions = ["approve", "reject", "supplement"];

    public sealed record CompleteResponse(Guid TaskId, Guid InstanceId);

    public sealed record Command(Guid TaskId, Actor Actor, JsonObject Variables) : ICommand<RuntimeResult<Guid>>;

    public static FieldErrors Validate(JsonObject body)
    {
        var errors = new FieldErrors();
        var decision = body["decision"] is JsonValue d && d.TryGetValue<string>(out var text) ? text : null;
        if (decision is null || !Decisions.Contains(decision, StringComparer.Ordinal))
        {
            errors.Add("decision", "请选择审核结论（approve、reject 或 supplement）", "Choose a decision: approve, reject or supplement");
        }

        var comment = body["comment"] is JsonValue c && c.TryGetValue<string>(out var note) ? note : null;
        if (decision is "reject" or "supplement" && string.IsNullOrWhiteSpace(comment))
        {
            errors.Add("comment", "不予通过或补充材料时须填写审核意见", "A comment is required unless the decision is approve");
        }

        if (comment is { Length: > 2000 })
        {
            errors.Add("comment", "审核意见不能超过 2000 字", "The comment must be at most 2000 characters");
        }

        return errors;
    }

    public sealed class Handler(WorkflowRuntime runtime, AuditLog audit) : ICommandHandler<Command, RuntimeResult<Guid>>
    {
        public async ValueTask<RuntimeResult<Guid>> Handle(Command command, CancellationToken cancellationToken)
        {
            var result = await runtime.CompleteTaskAsync(command.TaskId, command.Actor, command.Variables, cancellationToken);
            if (result.IsOk)
            {
                await audit.RecordAsync("task.complete", $"task:{command.TaskId}",
                    new { decision = command.Variables["decision"]?.ToString(), instanceId = result.Value }, cancellationToken);
            }

            return result;
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/complete", async (Guid id, JsonObject body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var errors = Validate(body);
                if (errors.Any)
                {
                    return (IResult)ApiProblems.Validation(errors);
                }

                var result = await mediator.Send(new Command(id, user.ToActor(), body), ct);
                return ApiProblems.From(result, instanceId => TypedResults.Ok(new CompleteResponse(id, instanceId)));
            })
            .WithName("CompleteTask")
            .WithSummary("Complete a review task with a decision (approve | reject | supplement) and a comment.")
            .Accepts<JsonObject>("application/json")
            .Produces<CompleteResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
