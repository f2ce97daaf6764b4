using Hangfire;
using Mediator;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Api.Jobs;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>
/// Runs a recurring job now (an administrator who just fixed the bureau connection does not wait for the next
/// schedule). Only the jobs listed here: the engine's internal sweep is not for hand use.
/// </summary>
public static class TriggerRecurringJob
{
    public static readonly IReadOnlySet<string> Triggerable = new HashSet<string>(StringComparer.Ordinal)
    {
        AgreementPollingJob.RecurringJobId,
        ContributionDeadlinesJob.RecurringJobId,
    };

    public sealed record TriggerResponse(string RecurringJobId, string JobId);

    public sealed record Command(string Id) : ICommand<Result<string>>;

    public sealed class Handler(IRecurringJobManagerV2 recurring, AuditLog audit) : ICommandHandler<Command, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            if (!Triggerable.Contains(command.Id))
            {
                return Result<string>.NotFound(ErrorCodes.JobNotTriggerable.With(new { jobs = string.Join(", ", Triggerable.Order(StringComparer.Ordinal)), id = command.Id }));
            }

            var jobId = recurring.TriggerJob(command.Id);
            if (string.IsNullOrEmpty(jobId))
            {
                return Result<string>.NotFound(ErrorCodes.JobNotScheduled.With(new { id = command.Id }));
            }

            await audit.RecordAsync("job.trigger", $"job:{command.Id}", new { jobId }, cancellationToken);
            return Result<string>.Ok(jobId);
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/jobs/{id}/trigger", async (string id, IMediator mediator, CancellationToken ct) =>
                ApiProblems.From(await mediator.Send(new Command(id), ct), jobId => TypedResults.Ok(new TriggerResponse(id, jobId))))
            .WithName("TriggerRecurringJob")
            .WithSummary("Run a recurring job (agreement-polling, contribution-deadlines) now; returns the Hangfire job id.")
            .Produces<TriggerResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
