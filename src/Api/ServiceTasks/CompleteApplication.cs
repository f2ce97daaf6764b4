using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Workflows.Activities;
using SocialInsurance.Api.Processes;

namespace SocialInsurance.Api.ServiceTasks;

/// <summary><c>application.complete</c>: closes a decided case (办结) once its follow-up is done; a second run does nothing.</summary>
public sealed class CompleteApplication(CasesDbContextFactory contexts) : IActivityHandler
{
    public ActivityDescriptor Descriptor { get; } = new(
        CaseProcess.Topics.Complete, "办结", "Complete application", "Closes an approved or rejected application.")
    {
        Inputs = [CaseStep.ApplicationIdInput],
        Outputs = [new(CaseProcess.Variables.Outcome, "办理结果 Outcome", "Approved or Rejected")],
    };

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var db = await contexts.ForStepAsync(context.Transaction, context.CancellationToken);
        var application = await CaseStep.ApplicationAsync(db, context);
        if (application.Status != ApplicationStatus.Completed)
        {
            application.Complete(context.Now);
            await db.SaveChangesAsync(context.CancellationToken);
        }

        return ActivityResult.With((CaseProcess.Variables.Outcome, application.Outcome?.ToString()));
    }
}
