using Mediator;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Tasks;

/// <summary>Gives a claimed task back to its groups; only its assignee or an administrator may.</summary>
public static class UnclaimTask
{
    public sealed record Command(Guid TaskId, Actor Actor) : ICommand<Result<Guid>>;

    public sealed class Handler(WorkflowRuntime runtime, IWorkflowQueries queries, AuditLog audit) : ICommandHandler<Command, Result<Guid>>
    {
        public async ValueTask<Result<Guid>> Handle(Command command, CancellationToken cancellationToken) =>
            await TaskChange.RunAsync(
                queries, audit, command.TaskId, command.Actor, "task.unclaim",
                _ => runtime.UnclaimTaskAsync(command.TaskId, command.Actor, cancellationToken),
                auditDetails: null, cancellationToken);
    }

    public static void Map(RouteGroupBuilder group) =>
        TaskChangeRoute.Map(group, "unclaim", "UnclaimTask", "Release a claimed task.", (id, actor) => new Command(id, actor));
}
