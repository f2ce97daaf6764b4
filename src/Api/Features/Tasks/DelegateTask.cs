using System.Security.Claims;
using Mediator;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Tasks;

/// <summary>Lends a claimed task to a colleague of its group (Camunda's delegate): the caller stays its owner and gets it back when the colleague resolves it, unless the colleague completes it. Audited.</summary>
public static class DelegateTask
{
    public sealed record Command(Guid TaskId, Actor Actor, HandOverRequest Body) : ICommand<Result>;

    public sealed record Result(RuntimeResult<Guid>? Outcome, FieldErrors? Errors);

    public sealed class Handler(WorkflowRuntime runtime, IWorkflowQueries queries, Colleagues colleagues, AuditLog audit) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var (task, refusal) = await VisibleTask.LoadAsync(queries, command.TaskId, command.Actor, cancellationToken);
            if (refusal is not null)
            {
                return new Result(refusal, null);
            }

            // The body is checked only now: a 400 must not tell someone who may not see the task that it exists.
            if (command.Body.Validate() is { Any: true } invalid)
            {
                return new Result(null, invalid);
            }

            var userName = command.Body.UserName!.Trim();
            if (!await colleagues.MayReceiveAsync(task!, command.Actor, userName))
            {
                return new Result(null, HandOverRequest.NotAColleague());
            }

            var result = await runtime.DelegateTaskAsync(command.TaskId, command.Actor, userName, cancellationToken);
            if (result.IsOk)
            {
                await audit.RecordAsync("task.delegate", $"task:{command.TaskId}", new { to = userName, from = task!.Assignee }, cancellationToken);
            }

            return new Result(result, null);
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/delegate", async (Guid id, HandOverRequest body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var result = await mediator.Send(new Command(id, user.ToActor(), body), ct);
                return result.Errors is { } refused
                    ? ApiProblems.Validation(refused)
                    : ApiProblems.From(result.Outcome!, _ => TypedResults.NoContent());
            })
            .WithName("DelegateTask")
            .WithSummary("Delegate a claimed task to a colleague of its group; they complete it or hand it back (resolve).")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
