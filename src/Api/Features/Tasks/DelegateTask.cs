using Mediator;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Tasks;

/// <summary>Lends a claimed task to a colleague of its group (Camunda's delegate): the caller stays its owner and gets it back when the colleague resolves it, unless the colleague completes it. Audited.</summary>
public static class DelegateTask
{
    public sealed record Command(Guid TaskId, Actor Actor, HandOverRequest Body) : ICommand<Result<Guid>>;

    public sealed class Handler(WorkflowRuntime runtime, IWorkflowQueries queries, Colleagues colleagues, AuditLog audit) : ICommandHandler<Command, Result<Guid>>
    {
        public async ValueTask<Result<Guid>> Handle(Command command, CancellationToken cancellationToken) =>
            await HandOver.RunAsync(
                queries, colleagues, audit, command.TaskId, command.Actor, command.Body, "task.delegate",
                userName => runtime.DelegateTaskAsync(command.TaskId, command.Actor, userName, cancellationToken),
                cancellationToken);
    }

    public static void Map(RouteGroupBuilder group) =>
        HandOver.Map(group, "delegate", "DelegateTask", "Delegate a claimed task to a colleague of its group; they complete it or hand it back (resolve).",
            (id, actor, body) => new Command(id, actor, body));
}
