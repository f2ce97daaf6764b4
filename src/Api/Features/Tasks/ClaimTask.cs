using Mediator;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Tasks;

/// <summary>Takes a task offered to one of the caller's groups; someone else's claim is a 409, a task the caller may not see a 403 (<see cref="TaskVisibility"/>).</summary>
public static class ClaimTask
{
    public sealed record Command(Guid TaskId, Actor Actor) : ICommand<Result<Guid>>;

    public sealed class Handler(WorkflowRuntime runtime, IWorkflowQueries queries, AuditLog audit) : ICommandHandler<Command, Result<Guid>>
    {
        public async ValueTask<Result<Guid>> Handle(Command command, CancellationToken cancellationToken) =>
            await TaskChange.RunAsync(
                queries, audit, command.TaskId, command.Actor, "task.claim",
                _ => runtime.ClaimTaskAsync(command.TaskId, command.Actor, cancellationToken),
                auditDetails: null, cancellationToken);
    }

    public static void Map(RouteGroupBuilder group) =>
        TaskChangeRoute.Map(group, "claim", "ClaimTask", "Claim a task for the caller.", (id, actor) => new Command(id, actor));
}
