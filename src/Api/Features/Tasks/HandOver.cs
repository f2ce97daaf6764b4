using System.Security.Claims;
using Mediator;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Tasks;

/// <summary>What assigning and delegating share: the same checks, in the same order, and the same audit entry shape.</summary>
public static class HandOver
{
    public static async Task<Result<Guid>> RunAsync(
        IWorkflowQueries queries,
        Colleagues colleagues,
        AuditLog audit,
        Guid taskId,
        Actor actor,
        HandOverRequest body,
        string auditAction,
        Func<string, Task<RuntimeResult<Guid>>> handOver,
        CancellationToken ct)
    {
        var (task, refusal) = await VisibleTask.LoadAsync(queries, taskId, actor, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        // The body is checked only now: a 400 must not tell someone who may not see the task that it exists.
        if (body.Validate() is { Any: true } invalid)
        {
            return Result<Guid>.Invalid(invalid);
        }

        var userName = body.UserName!.Trim();
        if (!await colleagues.MayReceiveAsync(task!, actor, userName))
        {
            return Result<Guid>.Invalid(HandOverRequest.NotAColleague());
        }

        var result = await handOver(userName);
        if (result.IsOk)
        {
            await audit.RecordAsync(auditAction, $"task:{taskId}", new { to = userName, from = task!.Assignee }, ct);
        }

        return result.ToResult();
    }

    public static RouteHandlerBuilder Map<TCommand>(RouteGroupBuilder group, string verb, string name, string summary, Func<Guid, Actor, HandOverRequest, TCommand> command)
        where TCommand : ICommand<Result<Guid>> =>
        group.MapPost($"/{{id:guid}}/{verb}", async (Guid id, HandOverRequest body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                ApiProblems.From(await mediator.Send(command(id, user.ToActor(), body), ct), _ => TypedResults.NoContent()))
            .WithName(name)
            .WithSummary(summary)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
