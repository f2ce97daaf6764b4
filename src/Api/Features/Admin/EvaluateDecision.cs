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

    public sealed record Command(string Key, int? Version, JsonObject Variables) : ICommand<Result<Evaluated>>;

    public sealed class Handler(DecisionService decisions, AuditLog audit) : ICommandHandler<Command, Result<Evaluated>>
    {
        public async ValueTask<Result<Evaluated>> Handle(Command command, CancellationToken cancellationToken)
        {
            var definition = await decisions.ResolveAsync(command.Key,
                command.Version is null ? DecisionBinding.Latest : DecisionBinding.Version, command.Version, null, cancellationToken);
            if (definition is null)
            {
                return Result<Evaluated>.NotFound(command.Version is null
                    ? ErrorCodes.DecisionNotPublished.With(new { key = command.Key })
                    : ErrorCodes.DecisionVersionNotFound.With(new { key = command.Key, version = command.Version }));
            }

            await audit.RecordAsync("decision.evaluate", $"decision:{definition.Key}:{definition.Version}",
                new { names = command.Variables.Select(v => v.Key).ToArray() }, cancellationToken);
            try
            {
                var result = decisions.Evaluate(definition, command.Variables);
                return Result<Evaluated>.Ok(new Evaluated(definition.Key, definition.Version, result.MatchedRules, result.ToJson()));
            }
            catch (DecisionEvaluationException e)
            {
                // The evaluator's message names the rule and the value (admins read it while testing a table); it is English only.
                return Result<Evaluated>.Unprocessable(ApiError.Written("decision.evaluationError", e.Message, e.Message));
            }
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/decisions/{key}/evaluate", async (string key, Request? request, IMediator mediator, CancellationToken ct) =>
            {
                var errors = new FieldErrors();
                if (request?.Variables is null)
                {
                    errors.Add("variables", ErrorCodes.DecisionVariablesAsObject);
                }

                if (request?.Version is <= 0)
                {
                    errors.Add("version", ErrorCodes.DecisionVersionInvalid);
                }

                if (errors.Any)
                {
                    return (IResult)ApiProblems.Validation(errors);
                }

                return ApiProblems.From(await mediator.Send(new Command(key, request!.Version, request.Variables!), ct), evaluated => TypedResults.Ok(evaluated));
            })
            .WithName("EvaluateDecision")
            .WithSummary("Evaluate a decision with the given variables (the published version, or \"version\").")
            .Produces<Evaluated>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
