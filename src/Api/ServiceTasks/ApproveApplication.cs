using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Workflows.Activities;
using SocialInsurance.Api.Processes;

namespace SocialInsurance.Api.ServiceTasks;

/// <summary><c>application.approve</c>: records the reviewer's approval (审核通过); a second run finds it Approved and does nothing.</summary>
public sealed class ApproveApplication(CasesDbContextFactory contexts) : IActivityHandler
{
    public ActivityDescriptor Descriptor { get; } = new(
        CaseProcess.Topics.Approve, "审核通过", "Approve application", "Records the reviewer's approval with the optional comment.")
    {
        Inputs = [CaseStep.ApplicationIdInput, new(CaseProcess.Variables.Comment, "审核意见 Comment", "optional when approving", DefaultValue: CaseProcess.Expression(CaseProcess.Variables.Comment))],
    };

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var db = await contexts.ForStepAsync(context.Transaction, context.CancellationToken);
        var application = await CaseStep.ApplicationAsync(db, context);
        if (application.Status == ApplicationStatus.Approved)
        {
            return ActivityResult.Empty;
        }

        application.Approve(CaseStep.Reviewer(context), context.Now, CaseStep.Comment(context));
        await db.SaveChangesAsync(context.CancellationToken);
        return ActivityResult.Empty;
    }
}
