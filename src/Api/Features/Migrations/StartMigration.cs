using System.Security.Claims;
using Hangfire;
using Mediator;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Api.Jobs;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.InstanceMigration;

namespace SocialInsurance.Api.Features.Migrations;

/// <summary>
/// Plans a migration of running instances between two versions of a process. A dry run answers what would move and
/// what cannot, changing nothing; a run records a batch over the instances running now and hands it to a Hangfire
/// job that migrates them one by one (each in its own transaction), and answers 202 with the batch's address.
/// </summary>
public static class StartMigration
{
    public sealed record MappingLine(string? Source, string? Target);

    public sealed record StartRequest(string? ProcessKey, int? SourceVersion, int? TargetVersion, IReadOnlyList<MappingLine>? Mapping, bool DryRun);

    public abstract record Answer;

    public sealed record DryRunAnswer(MigrationViews.DryRun Report) : Answer;

    public sealed record QueuedAnswer(MigrationViews.Batch Batch) : Answer;

    public sealed record PlanInvalidAnswer(IReadOnlyList<MigrationProblem> Problems) : Answer;

    public sealed record Command(string ProcessKey, int SourceVersion, int TargetVersion, IReadOnlyList<ElementMapping>? Mapping, bool DryRun, Actor Actor, Language Language)
        : ICommand<Result<Answer>>;

    public sealed class Handler(MigrationService migrations, IBackgroundJobClient jobs, AuditLog audit) : ICommandHandler<Command, Result<Answer>>
    {
        public async ValueTask<Result<Answer>> Handle(Command command, CancellationToken cancellationToken)
        {
            var planned = await migrations.PlanAsync(command.ProcessKey, command.SourceVersion, command.TargetVersion, command.Mapping, cancellationToken);
            if (!planned.IsOk)
            {
                // The only refusal of a plan: a version that does not exist.
                return Result<Answer>.NotFound(ErrorCodes.ProcessVersionNotFound.With(planned.Args));
            }

            var plan = planned.Value!;
            if (MappingErrors(plan, command.Mapping) is { Any: true } fields)
            {
                return Result<Answer>.Invalid(fields);
            }

            if (command.DryRun)
            {
                var reports = await migrations.DryRunAsync(plan, cancellationToken);
                return new DryRunAnswer(MigrationViews.Report(plan, reports, command.Language));
            }

            if (!plan.IsValid)
            {
                return new PlanInvalidAnswer(plan.Problems);
            }

            var batch = await migrations.CreateBatchAsync(plan, command.Actor, cancellationToken);
            jobs.Enqueue<MigrationBatchJob>(job => job.RunAsync(batch.Id, CancellationToken.None));
            await audit.RecordAsync("migration.start", $"migration:{batch.Id}",
                new { command.ProcessKey, command.SourceVersion, command.TargetVersion, batch.Total }, cancellationToken);
            return new QueuedAnswer(MigrationViews.BatchOf(batch));
        }

        /// <summary>Mapping lines naming elements that do not exist (or a source twice), as field errors on the line.</summary>
        private static FieldErrors MappingErrors(MigrationPlan plan, IReadOnlyList<ElementMapping>? mapping)
        {
            var errors = new FieldErrors();
            if (mapping is null)
            {
                return errors;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < mapping.Count; i++)
            {
                var line = mapping[i];
                if (!plan.Source.TryGetNode(line.Source, out _))
                {
                    errors.Add($"mapping[{i}].source", ErrorCodes.MigrationSourceUnknown, new { element = line.Source });
                }

                if (!plan.Target.TryGetNode(line.Target, out _))
                {
                    errors.Add($"mapping[{i}].target", ErrorCodes.MigrationTargetUnknown, new { element = line.Target });
                }

                if (!seen.Add(line.Source))
                {
                    errors.Add($"mapping[{i}].source", ErrorCodes.MigrationDuplicateSource, new { element = line.Source });
                }
            }

            return errors;
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("", async (StartRequest request, ClaimsPrincipal user, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var errors = Validate(request);
                if (errors.Any)
                {
                    return (IResult)ApiProblems.Validation(errors);
                }

                var mapping = request.Mapping?.Select(m => new ElementMapping(m.Source!.Trim(), m.Target!.Trim())).ToArray();
                var command = new Command(request.ProcessKey!.Trim(), request.SourceVersion!.Value, request.TargetVersion!.Value, mapping, request.DryRun,
                    user.ToActor(), ProblemLanguage.Of(http));
                return ApiProblems.From(await mediator.Send(command, ct), answer => answer switch
                {
                    DryRunAnswer dryRun => (IResult)TypedResults.Ok(dryRun.Report),
                    QueuedAnswer queued => TypedResults.Accepted($"/api/admin/migrations/{queued.Batch.Id}", queued.Batch),
                    PlanInvalidAnswer invalid => PlanInvalid(invalid.Problems),
                    _ => throw new InvalidOperationException($"Unexpected answer {answer.GetType().Name}."),
                });
            })
            .WithName("StartMigration")
            .WithSummary("Dry-run or start a migration of running instances from one version of a process to another.")
            .Produces<MigrationViews.DryRun>(StatusCodes.Status200OK)
            .Produces<MigrationViews.Batch>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static FieldErrors Validate(StartRequest request)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(request.ProcessKey))
        {
            errors.Add("processKey", ErrorCodes.ProcessRequired);
        }

        if (request.SourceVersion is not > 0)
        {
            errors.Add("sourceVersion", ErrorCodes.MigrationVersionRequired);
        }

        if (request.TargetVersion is not > 0)
        {
            errors.Add("targetVersion", ErrorCodes.MigrationVersionRequired);
        }
        else if (request.TargetVersion == request.SourceVersion)
        {
            errors.Add("targetVersion", ErrorCodes.MigrationSameVersion, new { version = request.TargetVersion });
        }

        for (var i = 0; i < (request.Mapping?.Count ?? 0); i++)
        {
            var line = request.Mapping![i];
            if (line is null || string.IsNullOrWhiteSpace(line.Source) || string.IsNullOrWhiteSpace(line.Target))
            {
                errors.Add($"mapping[{i}]", ErrorCodes.MigrationMappingIncomplete);
            }
        }

        return errors;
    }

    private static IResult PlanInvalid(IReadOnlyList<MigrationProblem> problems) =>
        new LocalizedResult(language => ApiProblems.Problem(
            StatusCodes.Status400BadRequest,
            ErrorCodes.MigrationPlanInvalid.With(new { count = problems.Count }),
            ErrorCodes.MigrationPlanInvalidTitle,
            new Dictionary<string, object?> { ["planProblems"] = problems.Select(p => MigrationViews.ProblemOf(p, language)).ToArray() }));
}
