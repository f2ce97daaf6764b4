using System.Text.Json.Nodes;
using Hangfire;
using Microsoft.Extensions.Options;
using SocialInsurance.TaxBureau;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Jobs;

/// <summary>
/// Walks every instance waiting for "deduction agreement signed", asks the tax bureau about those people in batches,
/// and correlates the message for each signed one. Safe to stop and rerun anywhere: a correlated instance no longer
/// waits, so a rerun does not see it again, and a second correlation for the same person finds nothing and is ignored.
/// A bureau outage fails the job before anything is correlated for that batch; Hangfire retries it later.
/// </summary>
public sealed class AgreementPollingJob(
    IWorkflowQueries queries,
    WorkflowRuntime runtime,
    ITaxBureauGateway taxBureau,
    IOptions<AgreementPollingOptions> options,
    ILogger<AgreementPollingJob> logger)
{
    public const string RecurringJobId = "agreement-polling";

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 3, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public async Task<AgreementPollingSummary> RunAsync(CancellationToken ct)
    {
        var settings = options.Value;
        var summary = new AgreementPollingSummary();
        Guid? after = null;
        while (await queries.SubscriptionsAsync(settings.MessageName, after, settings.BatchSize, ct) is { Count: > 0 } page)
        {
            after = page[^1].Id;
            var people = page.Select(b => b.CorrelationKey).OfType<string>().Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
            summary.Asked += people.Length;
            var statuses = await taxBureau.GetAgreementStatusesAsync(people, ct);
            foreach (var signed in statuses.Where(s => s.State == AgreementState.Signed))
            {
                var key = people.FirstOrDefault(p => string.Equals(p, signed.IdNumber, StringComparison.OrdinalIgnoreCase)) ?? signed.IdNumber;
                var result = await runtime.CorrelateMessageAsync(settings.MessageName, key, new JsonObject
                {
                    ["agreementBankCode"] = signed.BankCode,
                    ["agreementAccount"] = signed.AccountNumber,
                    ["agreementSignedAt"] = signed.SignedAt,
                }, Actor.System, ct);
                if (result.Value is { } correlation)
                {
                    summary.Resumed += correlation.ResumedInstances.Count;
                }
            }
        }

        logger.LogInformation("Agreement polling asked about {Asked} people and resumed {Resumed} instances", summary.Asked, summary.Resumed);
        return summary;
    }
}
