using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Identity;
using SocialInsurance.Api.Features.Tasks;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Input;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Comments;

/// <summary>
/// Adds a comment to a task's case, for reviewers and administrators; <c>visibleToApplicant</c> shows it to the
/// applicant too. Multi-line text under the one text rule set (<see cref="TextInput"/>). Audited.
/// </summary>
public static class AddTaskComment
{
    public sealed record CommentRequest(string? Text, bool VisibleToApplicant);

    public sealed record Command(Guid TaskId, Actor Actor, CommentRequest Body) : ICommand<Result<CommentView>>;

    public static FieldErrors Validate(CommentRequest body)
    {
        var errors = new FieldErrors();
        var text = body.Text?.Trim();
        if (TextInput.Check(errors, "text", text, TextKind.MultiLine, required: true) && string.IsNullOrEmpty(text))
        {
            errors.Add("text", ErrorCodes.CommentTextRequired);
        }
        else if (text is { Length: > CaseComment.MaxLength })
        {
            errors.Add("text", ErrorCodes.CommentTextTooLong, new { max = CaseComment.MaxLength });
        }

        return errors;
    }

    public sealed class Handler(IWorkflowQueries queries, CasesDbContextFactory cases, UserManager<AppUser> users, AuditLog audit, TimeProvider time)
        : ICommandHandler<Command, Result<CommentView>>
    {
        public async ValueTask<Result<CommentView>> Handle(Command command, CancellationToken cancellationToken)
        {
            var task = await queries.TaskAsync(command.TaskId, cancellationToken);
            if (task is null)
            {
                return TaskVisibility.Missing<CommentView>(command.TaskId);
            }

            if (!TaskVisibility.Sees(task, command.Actor, time.GetUtcNow()))
            {
                return TaskVisibility.Unseen<CommentView>(command.TaskId);
            }

            // Checked after visibility: a 400 must not tell an outsider the task exists.
            if (Validate(command.Body) is { Any: true } invalid)
            {
                return Result<CommentView>.Invalid(invalid);
            }

            var comment = new CaseComment
            {
                Id = Guid.CreateVersion7(),
                CaseKey = CaseKeys.Of(task),
                InstanceId = task.InstanceId,
                TaskId = task.Id,
                Author = command.Actor.Id,
                AuthorName = (await users.FindByNameAsync(command.Actor.Id))?.DisplayName,
                Text = command.Body.Text!.Trim(),
                VisibleToApplicant = command.Body.VisibleToApplicant,
                CreatedAt = time.GetUtcNow(),
            };
            await using var db = cases.Create();
            db.Comments.Add(comment);
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync("case.comment", $"task:{task.Id}", new { comment = comment.Id, comment.VisibleToApplicant }, cancellationToken);
            return CommentView.From(comment);
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/comments", async (Guid id, CommentRequest body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                ApiProblems.From(await mediator.Send(new Command(id, user.ToActor(), body), ct), view => TypedResults.Created($"/api/tasks/{id}/comments", view)))
            .WithName("AddTaskComment")
            .WithSummary("Comment on the task's case (visible to reviewers and administrators; to the applicant only with visibleToApplicant).")
            .Produces<CommentView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
