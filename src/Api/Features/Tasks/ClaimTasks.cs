using System.Security.Claims;
using Mediator;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Tasks;

/// <summary>
/// Claims the selected rows one by one, each as <see cref="ChangeTaskHolder"/>'s claim would (its own transaction, its own audit row),
/// and reports every row: one task claimed by someone else a moment earlier must not undo the others.
/// </summary>
public static class ClaimTasks
{
    public const int MaxTasks = 100;

    public sealed record ClaimTasksRequest(IReadOnlyList<Guid>? TaskIds);

    /// <param name="Outcome"><c>claimed</c>, <c>conflict</c> (someone else holds it or it is no longer open), <c>forbidden</c> or <c>notFound</c>.</param>
    /// <param name="Code">Why a row was refused, as every error says it (docs/errors.md): clients render from it.</param>
    /// <param name="Detail">The same in the request's language, for clients that do not.</param>
    public sealed record ClaimOutcome(Guid TaskId, string Outcome, string? Code, IReadOnlyDictionary<string, object?>? Args, string? Detail);

    public sealed record ClaimTasksResponse(IReadOnlyList<ClaimOutcome> Results, int Claimed);

    public sealed record Command(IReadOnlyList<Guid> TaskIds, Actor Actor, Language Language) : ICommand<ClaimTasksResponse>;

    public sealed class Handler(IMediator mediator) : ICommandHandler<Command, ClaimTasksResponse>
    {
        public async ValueTask<ClaimTasksResponse> Handle(Command command, CancellationToken cancellationToken)
        {
            var results = new List<ClaimOutcome>();
            foreach (var id in command.TaskIds.Distinct())
            {
                var result = await mediator.Send(new ChangeTaskHolder.Command(ChangeTaskHolder.Verb.Claim, id, command.Actor), cancellationToken);
                var outcome = result.Failure switch
                {
                    Failure.None => "claimed",
                    Failure.NotFound => "notFound",
                    Failure.Forbidden => "forbidden",
                    _ => "conflict",
                };
                var error = result.Error;
                results.Add(new ClaimOutcome(id, outcome, error?.Code, error?.Args, error?.Render(command.Language)));
            }

            return new ClaimTasksResponse(results, results.Count(r => r.Outcome == "claimed"));
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/claim", async (ClaimTasksRequest body, ClaimsPrincipal user, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                if (body.TaskIds is not { Count: > 0 and <= MaxTasks } ids)
                {
                    var errors = new FieldErrors();
                    errors.Add("taskIds", ErrorCodes.InboxClaimSelectionInvalid, new { max = MaxTasks });
                    return (IResult)ApiProblems.Validation(errors);
                }

                return TypedResults.Ok(await mediator.Send(new Command(ids, user.ToActor(), ProblemLanguage.Of(http)), ct));
            })
            .WithName("ClaimTasks")
            .WithSummary("Claim several tasks; each row's outcome is reported (claimed, conflict, forbidden, notFound).")
            .Produces<ClaimTasksResponse>()
            .ProducesValidationProblem();
}
