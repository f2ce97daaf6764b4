using Mediator;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Tasks;

/// <summary>
/// Who holds a task, changed by one of five verbs, each <c>POST /api/tasks/{id}/{verb}</c>, 204 when done, audited as
/// <c>task.{verb}</c>:
/// <list type="bullet">
/// <item><c>claim</c> takes a task offered to one of the caller's groups; someone else's claim is a 409.</item>
/// <item><c>unclaim</c> gives a claimed task back to its groups; only its assignee or an administrator may.</item>
/// <item><c>resolve</c>: the delegate hands a delegated task back to the colleague who lent it (Camunda's resolve).</item>
/// <item><c>assign</c> hands a task over for good to a colleague of its group: its assignee may, and an administrator
/// may reassign any task (to any reviewer).</item>
/// <item><c>delegate</c> lends a claimed task to a colleague of its group (Camunda's delegate): the caller stays its
/// owner and gets it back when the colleague resolves it, unless the colleague completes it.</item>
/// </list>
/// Every verb refuses whoever may not see the task (<see cref="TaskVisibility"/>, a 403) before the engine decides.
/// </summary>
public static class ChangeTaskHolder
{
    public enum Verb
    {
        Claim,
        Unclaim,
        Resolve,
        Assign,
        Delegate,
    }

    /// <param name="Body">The colleague: given for <see cref="Verb.Assign"/> and <see cref="Verb.Delegate"/> only.</param>
    public sealed record Command(Verb Verb, Guid TaskId, Actor Actor, HandOverRequest? Body = null) : ICommand<Result<Guid>>;

    public sealed class Handler(WorkflowRuntime runtime, IWorkflowQueries queries, Colleagues colleagues, AuditLog audit) : ICommandHandler<Command, Result<Guid>>
    {
        public async ValueTask<Result<Guid>> Handle(Command command, CancellationToken cancellationToken)
        {
            var (id, actor, ct) = (command.TaskId, command.Actor, cancellationToken);
            var action = "task." + PathOf(command.Verb);
            var body = command.Body ?? new HandOverRequest(null);
            return command.Verb switch
            {
                Verb.Claim => await TaskChange.RunAsync(queries, audit, id, actor, action, _ => runtime.ClaimTaskAsync(id, actor, ct), auditDetails: null, ct),
                Verb.Unclaim => await TaskChange.RunAsync(queries, audit, id, actor, action, _ => runtime.UnclaimTaskAsync(id, actor, ct), auditDetails: null, ct),
                Verb.Resolve => await TaskChange.RunAsync(queries, audit, id, actor, action, _ => runtime.ResolveTaskAsync(id, actor, ct), task => new { to = task.Owner }, ct),
                Verb.Assign => await HandOver.RunAsync(queries, colleagues, audit, id, actor, body, action, to => runtime.AssignTaskAsync(id, actor, to, ct), ct),
                Verb.Delegate => await HandOver.RunAsync(queries, colleagues, audit, id, actor, body, action, to => runtime.DelegateTaskAsync(id, actor, to, ct), ct),
                _ => throw new ArgumentOutOfRangeException(nameof(command), command.Verb, "Not a verb of a task's holder"),
            };
        }
    }

    /// <summary>Each verb's route: its OpenAPI operation and summary; assign and delegate take the colleague as their body.</summary>
    private static readonly (Verb Verb, string Operation, string Summary)[] Routes =
    [
        (Verb.Claim, "ClaimTask", "Claim a task for the caller."),
        (Verb.Unclaim, "UnclaimTask", "Release a claimed task."),
        (Verb.Resolve, "ResolveTask", "Hand a delegated task back to its owner."),
        (Verb.Assign, "AssignTask", "Assign a task to a colleague of its group (administrators: any task, any reviewer)."),
        (Verb.Delegate, "DelegateTask", "Delegate a claimed task to a colleague of its group; they complete it or hand it back (resolve)."),
    ];

    public static void Map(RouteGroupBuilder group)
    {
        foreach (var (verb, operation, summary) in Routes)
        {
            if (verb is Verb.Assign or Verb.Delegate)
            {
                HandOver.Map(group, PathOf(verb), operation, summary, (id, actor, body) => new Command(verb, id, actor, body));
            }
            else
            {
                TaskChangeRoute.Map(group, PathOf(verb), operation, summary, (id, actor) => new Command(verb, id, actor));
            }
        }
    }

    private static string PathOf(Verb verb) => verb.ToString().ToLowerInvariant();
}
