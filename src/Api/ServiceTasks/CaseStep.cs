using SocialInsurance.Api.Infrastructure.Persistence;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Workflows.Activities;
using SocialInsurance.Api.Processes;

namespace SocialInsurance.Api.ServiceTasks;

/// <summary>
/// What every case handler does first: open a context on the step's transaction and load the application the
/// instance is about — the <c>applicationId</c> input or variable, else the business key (which is the application id).
/// </summary>
internal static class CaseStep
{
    public const string DefaultReviewer = "reviewer";

    public static readonly ActivityParameter ApplicationIdInput = new(
        CaseProcess.Variables.ApplicationId, "申请编号 Application id", "The application the case is about; defaults to the business key.", DefaultValue: CaseProcess.Expression(CaseProcess.Variables.ApplicationId));

    public static Guid ApplicationId(ActivityContext context)
    {
        var text = context.GetString(CaseProcess.Variables.ApplicationId) ?? context.BusinessKey;
        return Guid.TryParse(text, out var id)
            ? id
            : throw new InvalidOperationException(
                $"Expected an application id in the variable 'applicationId' or the business key, but got '{text ?? "nothing"}'.");
    }

    public static async Task<Application> ApplicationAsync(CaseServiceDbContext db, ActivityContext context)
    {
        var id = ApplicationId(context);
        // Find: the step's context (CasesDbContextFactory.ForStepAsync or ForStepHolding) usually tracks it already, loaded by the
        // submission or an earlier task of the step; only the first to ask queries.
        return await db.Applications.FindAsync([id], context.CancellationToken)
            ?? throw new InvalidOperationException($"Expected application {id} to exist, but it does not.");
    }

    public static Task<InsuredPerson?> PersonAsync(CaseServiceDbContext db, ResidentIdNumber idNumber, CancellationToken ct) =>
        db.InsuredPersons.FirstOrDefaultAsync(p => p.IdNumber == idNumber, ct);

    /// <summary>Who decided: the review form may carry <c>reviewedBy</c>; the journal records the completing user either way.</summary>
    public static string Reviewer(ActivityContext context) => context.GetString(CaseProcess.Variables.ReviewedBy) is { Length: > 0 } who ? who : DefaultReviewer;

    public static string? Comment(ActivityContext context) => context.GetString(CaseProcess.Variables.Comment) is { Length: > 0 } text ? text : null;

    public static JsonArray Reasons(IEnumerable<Domain.SeedWork.DomainError> errors) =>
        [.. errors.Select(e => (JsonNode)new JsonObject { ["code"] = e.Code, ["zh"] = e.MessageZh, ["en"] = e.MessageEn })];
}
