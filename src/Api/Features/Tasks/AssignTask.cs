using Mediator;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Tasks;

/// <summary>Hands a task over for good to a colleague of its group: its assignee may, and an administrator may reassign any task (to any reviewer). Audited.</summary>
public static class AssignTask
{
    public sealed record Command(Guid TaskId, Actor Actor, HandOverRequest Body) : ICommand<Result<Guid>>;

    public sealed class Handler(WorkflowRuntime runtime, IWorkflowQueries queries, Colleagues colleagues, AuditLog audit) : ICommandHandler<Command, Result<Guid>>
    {
        public async ValueTask<Result<Guid>> Handle(Command command, CancellationToken cancellationToken) =>
            await HandOver.RunAsync(
                queries, colleagues, audit, command.TaskId, command.Actor, command.Body, "task.assign",
                userName => runtime.AssignTaskAsync(command.TaskId, command.Actor, userName, cancellationToken),
                cancellationToken);
    }

    public static void Map(RouteGroupBuilder group) =>
        HandOver.Map(group, "assign", "AssignTask", "Assign a task to a colleague of its group (administrators: any task, any reviewer).",
            (id, actor, body) => new Command(id, actor, body));
}
