using System.Security.Claims;
using System.Text.Json.Nodes;
using Mediator;
using SocialInsurance.Api.Features.Tasks.Case;
using SocialInsurance.Api.Infrastructure.Forms;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Forms;
using SocialInsurance.Workflows.Runtime;
using SocialInsurance.Api.Processes;

namespace SocialInsurance.Api.Features.Tasks;

/// <summary>
/// Completes a task with the reviewer's form data, which becomes process variables. When the task names a deployed
/// form (<c>camunda:formKey</c>), the body is checked against the version the task was created with — required
/// (also as a FEEL rule), options, lengths, bounds, patterns; unknown fields are refused; fields hidden by their
/// condition are neither checked nor written. A task that names a form not deployed here gets the review rules that
/// predate forms: a decision of approve, reject or supplement, and a comment unless approving. A task that names no
/// form accepts the variables it is given. Of two reviewers completing at once, one gets 200 and one 409.
/// </summary>
public static class CompleteTask
{
    public static readonly string[] Decisions = [CaseProcess.Decisions.Approve, CaseProcess.Decisions.Reject, CaseProcess.Decisions.Supplement];

    public sealed record CompleteResponse(Guid TaskId, Guid InstanceId);

    public sealed record Command(Guid TaskId, Actor Actor, JsonObject Variables) : ICommand<Result<Guid>>;

    /// <summary>Either the engine's outcome, or the field problems that stopped the completion before it reached the engine.</summary>

    /// <summary>The checks for tasks without a deployed form.</summary>
    public static FieldErrors Validate(JsonObject body)
    {
        var errors = new FieldErrors();
        var decision = body[CaseProcess.Variables.Decision] is JsonValue d && d.TryGetValue<string>(out var text) ? text : null;
        if (decision is null || !Decisions.Contains(decision, StringComparer.Ordinal))
        {
            errors.Add(CaseProcess.Variables.Decision, ErrorCodes.TaskDecisionRequired);
        }

        var comment = body[CaseProcess.Variables.Comment] is JsonValue c && c.TryGetValue<string>(out var note) ? note : null;
        if (decision is CaseProcess.Decisions.Reject or CaseProcess.Decisions.Supplement && string.IsNullOrWhiteSpace(comment))
        {
            errors.Add(CaseProcess.Variables.Comment, ErrorCodes.TaskCommentRequired);
        }

        if (comment is { Length: > 2000 })
        {
            errors.Add(CaseProcess.Variables.Comment, ErrorCodes.TaskCommentTooLong, new { max = 2000 });
        }

        return errors;
    }

    public sealed class Handler(WorkflowRuntime runtime, IWorkflowQueries queries, FormStore forms, SupplementRules supplements, AuditLog audit) : ICommandHandler<Command, Result<Guid>>
    {
        public async ValueTask<Result<Guid>> Handle(Command command, CancellationToken cancellationToken)
        {
            var task = await queries.TaskAsync(command.TaskId, cancellationToken);
            if (task is null)
            {
                return TaskVisibility.Missing<Guid>(command.TaskId);
            }

            // Authorise (and check the task is still open) before the body: a 400 listing the form's rules would tell an
            // outsider what the task asks. Visibility before the engine's refusal, which names the assignee. The engine
            // checks again inside its transaction.
            if (!TaskVisibility.Sees(task, command.Actor))
            {
                return TaskVisibility.Unseen<Guid>(command.TaskId);
            }

            if (WorkflowRuntime.Refuse(task, command.Actor) is { } refusal)
            {
                return refusal.ToResult();
            }

            var variables = command.Variables;
            var form = task.FormKey is { } key ? await forms.CurrentAtAsync(key, task.CreatedAt, cancellationToken) : null;
            if (task.FormKey is null)
            {
                // A task without a form (as the modeler draws one) takes the variables it is given, as Camunda's
                // complete does: the model declares nothing to check them against.
            }
            else if (form is null)
            {
                var errors = Validate(variables);
                if (errors.Any)
                {
                    return Result<Guid>.Invalid(errors);
                }
            }
            else
            {
                var instance = await queries.InstanceAsync(task.InstanceId, cancellationToken);
                var checkedForm = FormSubmission.Validate(forms.Compiled(form), variables, instance?.Variables);
                if (!checkedForm.IsValid)
                {
                    var errors = new FieldErrors();
                    foreach (var issue in checkedForm.Errors)
                    {
                        errors.Add(issue.Path, "form.invalid", issue.Zh, issue.En);
                    }

                    return Result<Guid>.Invalid(errors);
                }

                variables = checkedForm.Accepted;
            }

            if (await supplements.CheckAsync(task, variables, cancellationToken) is { } refused)
            {
                return Result<Guid>.Invalid(refused);
            }

            var result = await runtime.CompleteTaskAsync(command.TaskId, command.Actor, variables, cancellationToken);
            if (result.IsOk)
            {
                await audit.RecordAsync("task.complete", $"task:{command.TaskId}",
                    new { decision = variables[CaseProcess.Variables.Decision]?.ToString(), instanceId = result.Value, form = form?.Id }, cancellationToken);
            }

            return result.ToResult();
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/complete", async (Guid id, JsonObject body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var result = await mediator.Send(new Command(id, user.ToActor(), body), ct);
                return ApiProblems.From(result, instanceId => TypedResults.Ok(new CompleteResponse(id, instanceId)));
            })
            .WithName("CompleteTask")
            .WithSummary("Complete a task with its form's data (the review form: decision approve | reject | supplement, comment, missingMaterials).")
            .Accepts<JsonObject>("application/json")
            .Produces<CompleteResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
