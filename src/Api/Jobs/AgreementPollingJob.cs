using System.Text.Json.Nodes;
using Hangfire;
using Microsoft.Extensions.Options;
using SocialInsurance.TaxBureau;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Runtime;
using SocialInsurance.Api.Processes;

namespace SocialInsurance.Api.Jobs;

/// <summary>
/// Walks every instance waiting for "deduction agreement signed", asks the tax bureau about those people in batches,
/// and correlates the message for each signed one — all of a page's signed people in one engine batch (a few
/// transactions instead of one per person). Safe to stop and rerun anywhere: a correlated instance no longer waits,
/// so a rerun does not see it again, and a second correlation for the same person finds nothing and is ignored. The
/// keyset cursor moves past a page only after that page's batch committed. A bureau outage fails the job before
/// anything is correlated for that page; Hangfire retries it later. A delivery that failed or kept conflicting was
/// rolled back alone and still waits: the next run asks again.
/// </summary>
public sealed class AgreementPollingJob(
    IWorkflowQueries queries,
    WorkflowRuntime runtime,
    ITaxBureauGateway taxBureau,
    IDeclaredAccounts declaredAccounts,
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
            var people = page.Select(b => b.CorrelationKey).OfType<string>().Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
            summary.Asked += people.Length;
            var statuses = await taxBureau.GetAgreementStatusesAsync(people, ct);
            var declared = await declaredAccounts.WaitingForAgreementAsync(people, ct);
            var signedAll = statuses.Where(s => s.State == AgreementState.Signed).ToList();
            var matching = signedAll.Where(s => IsForDeclaredAccount(declared, s)).ToList();
            summary.Mismatched += signedAll.Count - matching.Count;
            var deliveries = matching.Select(signed => new MessageDelivery(
                settings.MessageName,
                people.FirstOrDefault(p => string.Equals(p, signed.IdNumber, StringComparison.OrdinalIgnoreCase)) ?? signed.IdNumber,
                new JsonObject
                {
                    [CaseProcess.Variables.AgreementBankCode] = signed.BankCode,
                    [CaseProcess.Variables.AgreementAccount] = signed.AccountNumber,
                    [CaseProcess.Variables.AgreementSignedAt] = signed.SignedAt,
                })).ToArray();
            var outcomes = await runtime.CorrelateMessagesAsync(deliveries, Actor.System, ct: ct);
            summary.Resumed += outcomes.Sum(o => o.ResumedInstances.Count);
            // Counts only: an outcome's error names the correlation key, which is the applicant's ID number.
            if (outcomes.Count(o => o.Status is DeliveryStatus.Failed or DeliveryStatus.Conflicted) is > 0 and var undelivered)
            {
                logger.LogWarning("{Count} signed agreements were not delivered (failed or conflicting); the next run tries again", undelivered);
            }

            after = page[^1].Id;
        }

        logger.LogInformation(
            "Agreement polling asked about {Asked} people, resumed {Resumed} instances, left {Mismatched} agreements for another account waiting",
            summary.Asked, summary.Resumed, summary.Mismatched);
        return summary;
    }

    /// <summary>
    /// An agreement completes a case only on the account the case declared; one on another card leaves the case waiting
    /// (the applicant's next action says why) until they sign for the declared card or change the declaration.
    /// </summary>
    private static bool IsForDeclaredAccount(ILookup<string, Domain.Applications.Application> declared, AgreementStatus signed) =>
        declared[signed.IdNumber.ToUpperInvariant()].All(application => application.IsDeclaredAccount(signed.AccountNumber));
}
