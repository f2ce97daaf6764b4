using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.InsuranceRegistry;
using SocialInsurance.Api.Infrastructure.Persistence;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Workflows.Execution;

namespace SocialInsurance.Api.Features.Applications;

/// <summary>
/// What a first submission writes besides the process, all in the start's one transaction on its one connection: the
/// case turns Submitted (its report row with it) before the process runs, and once the process reached its first wait
/// state the audit row and the <c>Idempotency-Key</c>'s stored response are added. One commit (on SQLite one write
/// lock and one fsync instead of four), and no second connection asked for while the step holds its own.
/// <para>
/// The case is read and changed in the step's held-back context (<see cref="CasesDbContextFactory.ForStepHolding"/>):
/// the draft check, the validation and the routing run before the step takes the writer, which it then holds only to
/// write. A case changed by another request since it was read (submitted, withdrawn, edited) fails its version check
/// there, and the runtime runs the start again, this participant with it, on what that request committed.
/// </para>
/// </summary>
internal sealed class SubmissionWrites(
    CasesDbContextFactory cases,
    AuditLog audit,
    IdempotencyScope idempotency,
    Guid applicationId,
    string caseNumber,
    DateTimeOffset now,
    (ResidentIdNumber IdNumber, RegistryStanding Standing)? registryAnswer)
    : IStepParticipant
{
    /// <summary>The case's status when it was no longer a draft under the step's lock: another request moved it first.</summary>
    public ApplicationStatus? Refused { get; private set; }

    /// <summary>The instance this submission's transaction started; it committed only if the runtime answers with this one.</summary>
    public Guid? StartedInstanceId { get; private set; }

    public SubmitApplication.SubmitResponse? Response { get; private set; }

    public async Task<bool> BeforeStepAsync(IStepTransaction transaction, CancellationToken ct)
    {
        // A rerun (another writer came first) starts afresh.
        Refused = null;
        Response = null;
        StartedInstanceId = null;
        if (registryAnswer is var (idNumber, standing))
        {
            // The route's answer of a moment ago: the step's validation need not ask again while it holds the writer.
            StepRegistryAnswers.Of(transaction).Remember(idNumber, standing);
        }

        // The step's shared context: the service tasks that follow find the application tracked, not queried again.
        var db = cases.ForStepHolding(transaction);
        var application = await db.Applications.SingleAsync(a => a.Id == applicationId, ct);
        if (application.Status != ApplicationStatus.Draft)
        {
            Refused = application.Status;
            return false;
        }

        application.Submit(now);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task AfterStepAsync(IStepTransaction transaction, Guid instanceId, CancellationToken ct)
    {
        // Where the step's service tasks left the case: tracked in the shared context, or (after a task failed and its
        // savepoint was rolled back, which drops that context) read again.
        var db = cases.ForStepHolding(transaction);
        var status = (await db.Applications.FindAsync([applicationId], ct))?.Status
            ?? throw new InvalidOperationException($"Expected application {applicationId} to exist after its submission's step, but it does not.");
        Response = new SubmitApplication.SubmitResponse(applicationId, caseNumber, status.ToString(), instanceId);
        audit.AddTo(db, "application.submit", $"application:{applicationId:D}", new { caseNumber, status = status.ToString(), instanceId });
        await db.SaveChangesAsync(ct);
        var response = Response;
        await cases.AtStepWriteAsync(transaction, (written, token) =>
            idempotency.CompleteWithinAsync(written, StatusCodes.Status202Accepted, SubmitApplication.Location(applicationId), response, token), ct);
        StartedInstanceId = instanceId;
    }
}
