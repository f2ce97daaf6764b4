using System.Text.Json.Nodes;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.SeedWork;
using SocialInsurance.Workflows.Activities;
using SocialInsurance.Api.Processes;

namespace SocialInsurance.Api.ServiceTasks;

/// <summary>
/// <c>application.reject</c>: one topic for the three ways a case ends as rejected, told apart by the state the
/// application is in — each state allows exactly one of them: Submitted = the automatic check failed (the
/// <c>rejectionReasons</c> of <c>application.validate</c>), UnderReview = the reviewer rejected (comment required),
/// SupplementRequested = the supplement request expired. A second run finds it Rejected and does nothing.
/// </summary>
public sealed class RejectApplication(CasesDbContextFactory contexts) : IActivityHandler
{
    public ActivityDescriptor Descriptor { get; } = new(
        CaseProcess.Topics.Reject, "驳回申请", "Reject application",
        "Automatic rejection with the failed rules, a reviewer's rejection with a comment, or expiry of a supplement request.")
    {
        Inputs =
        [
            CaseStep.ApplicationIdInput,
            new(CaseProcess.Variables.RejectionReasons, "未通过原因 Reasons", "for an automatic rejection: [{code, zh, en}]", DefaultValue: CaseProcess.Expression(CaseProcess.Variables.RejectionReasons)),
            new(CaseProcess.Variables.Comment, "审核意见 Comment", "for a reviewer's rejection", DefaultValue: CaseProcess.Expression(CaseProcess.Variables.Comment)),
        ],
    };

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var db = await contexts.ForStepAsync(context.Transaction, context.CancellationToken);
        var application = await CaseStep.ApplicationAsync(db, context);
        switch (application.Status)
        {
            case ApplicationStatus.Rejected:
                return ActivityResult.Empty;
            case ApplicationStatus.Submitted:
                application.Reject(Application.SystemActor, Reasons(context.Get(CaseProcess.Variables.RejectionReasons)), null, context.Now);
                break;
            case ApplicationStatus.UnderReview:
                application.Reject(CaseStep.Reviewer(context), [], CaseStep.Comment(context), context.Now);
                break;
            case ApplicationStatus.SupplementRequested:
                application.ExpireSupplementRequest(context.Now);
                break;
            default:
                throw new InvalidOperationException(
                    $"Expected application {application.Id} to be Submitted, UnderReview or SupplementRequested to reject, but it is {application.Status}.");
        }

        await db.SaveChangesAsync(context.CancellationToken);
        return ActivityResult.Empty;
    }

    private static List<DomainError> Reasons(JsonNode? node) =>
        node is JsonArray array
            ? [.. array.OfType<JsonObject>().Select(r => new DomainError(
                r["code"]?.ToString() ?? "", r["zh"]?.ToString() ?? "", r["en"]?.ToString() ?? ""))]
            : [];
}
