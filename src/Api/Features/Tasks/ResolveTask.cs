using Mediator;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Tasks;

/// <summary>The delegate hands a delegated task back to the colleague who lent it (Camunda's resolve). Audited.</summary>
public static class ResolveTask
{
    public sealed record Command(Guid TaskId, Actor Actor) : ICommand<Result<Guid>>;

    public sealed class Handler(WorkflowRuntime runtime, IWorkflowQueries queries, AuditLog audit) : ICommandHandler<Command, Result<Guid>>
    {
        public async ValueTask<Result<Guid>> Handle(Command command, CancellationToken cancellationToken) =>
            await TaskChange.RunAsync(
                queries, audit, command.TaskId, command.Actor, "task.resolve",
                _ => runtime.ResolveTaskAsync(command.TaskId, command.Actor, cancellationToken),
                task => new { to = task.Owner }, cancellationToken);
    }

    public static void Map(RouteGroupBuilder group) =>
        TaskChangeRoute.Map(group, "resolve", "ResolveTask", "Hand a delegated task back to its owner.", (id, actor) => new Command(id, actor));
}
