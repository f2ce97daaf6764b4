using System.Text.Json.Nodes;
using Mediator;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Decisions.Deployment;
using SocialInsurance.Workflows.Decisions.Evaluation;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>
/// Evaluates a decision on its own, with the variables given: how an administrator tries a table before publishing
/// it (Camunda 7's <c>POST /decision-definition/key/{key}/evaluate</c>). The published version unless a version is
/// named. Nothing is stored but the audit entry (variable names only: values may be personal data).
/// </summary>
public static class EvaluateDecision
{
    public sealed record Request(JsonObject? Variables, int? Version);

    public sealed record Evaluated(string Key, int Version, IReadOnlyList<string> MatchedRules, JsonArray Result);

    public sealed record Command(string Key, int? Version, JsonObject Variables) : ICommand<Outcome>;

    /// <summary>Exactly one of the three is set: no such version, an evaluation error, or the result.</summary>
    public sealed record Outcome(bool NotFound, string? Error, Evaluated? Result);

    public sealed class Handler(DecisionService decisions, AuditLog audit) : ICommandHandler<Command, Outcome>
    {
        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var definition = await decisions.ResolveAsync(command.Key,
                command.Version is null ? DecisionBinding.Latest : DecisionBinding.Version, command.Version, null, cancellationToken);
            if (definition is null)
            {
                return new Outcome(true, null, null);
            }

            await audit.RecordAsync("decision.evaluate", $"decision:{definition.Key}:{definition.Version}",
                new { names = command.Variables.Select(v => v.Key).ToArray() }, cancellationToken);
            try
            {
                var result = decisions.Evaluate(definition, command.Variables);
                return new Outcome(false, null, new Evaluated(definition.Key, definition.Version, result.MatchedRules, result.ToJson()));
            }
            catch (DecisionEvaluationException e)
            {
                return new Outcome(false, e.Message, null);
            }
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/decisions/{key}/evaluate", async (string key, Request? request, IMediator mediator, CancellationToken ct) =>
            {
                var errors = new FieldErrors();
                if (request?.Variables is null)
                {
                    errors.Add("variables", ErrorCodes.VariablesAsObject);
                }

                if (request?.Version is <= 0)
                {
                    errors.Add("version", ErrorCodes.VersionInvalid);
                }

                if (errors.Any)
                {
                    return (IResult)ApiProblems.Validation(errors);
                }

                var outcome = await mediator.Send(new Command(key, request!.Version, request.Variables!), ct);
                if (outcome.NotFound)
                {
                    return request.Version is null
                        ? ApiProblems.NotFound(ErrorCodes.DecisionNotPublished.With(new { key }))
                        : DecisionProblems.NoVersion(key, request.Version);
                }

                return outcome.Result is { } result
                    ? TypedResults.Ok(result)
                    : ApiProblems.Problem(
                        StatusCodes.Status422UnprocessableEntity,
                        ApiError.Written(ErrorCodes.DecisionEvaluationFailed.Code, outcome.Error!, outcome.Error!),
                        ErrorCodes.DecisionEvaluationFailed);
            })
            .WithName("EvaluateDecision")
            .WithSummary("Evaluate a decision with the given variables (the published version, or \"version\").")
            .Produces<Evaluated>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
