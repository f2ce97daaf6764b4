using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Infrastructure.Persistence;
using SocialInsurance.Api.Processes;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Workflows.Activities;

namespace SocialInsurance.Api.ServiceTasks;

/// <summary>
/// The frame of the three registering steps (新参保, 续保, 停保): a context on the step's transaction, the approved
/// application of the step's type, the step's own change to the person's record (<see cref="ApplyAsync"/>, given the
/// run as a <see cref="Registration{TDetails}"/>), one save, and the record as the step's answer. Every registering
/// step has the same descriptor but for its topic and names: the application in, the person's record out.
/// </summary>
public abstract class InsuranceStep<TDetails>(CasesDbContextFactory contexts, string topic, string nameZh, string nameEn, string description)
    : IActivityHandler
    where TDetails : ApplicationDetails
{
    /// <summary>The application in, the person's record out (<c>personId</c>, which the contract reads as written by the process's insurance step).</summary>
    public ActivityDescriptor Descriptor { get; } = new(topic, nameZh, nameEn, description)
    {
        Inputs = [CaseStep.ApplicationIdInput],
        Outputs = [new(CaseProcess.Variables.PersonId, "参保人编号 Person id", "the insured person's record")],
    };

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var db = await contexts.ForStepAsync(context.Transaction, context.CancellationToken);
        var (application, details) = await ApprovedAsync(db, context);
        var person = await ApplyAsync(new Registration<TDetails>(db, application, details, context));
        await db.SaveChangesAsync(context.CancellationToken);
        return ActivityResult.With((CaseProcess.Variables.PersonId, person.Id.ToString()));
    }

    /// <summary>
    /// Applies the approval to the applicant's record and returns the record. A record that already is exactly what
    /// this approval registers is the step's own earlier run (a re-delivered job) and is left as it is; any other
    /// record the approval cannot apply to throws (<see cref="StateChanged"/>), so the step fails into an incident.
    /// </summary>
    protected abstract Task<InsuredPerson> ApplyAsync(Registration<TDetails> registration);

    private static async Task<(Application Application, TDetails Details)> ApprovedAsync(CaseServiceDbContext db, ActivityContext context)
    {
        var application = await CaseStep.ApplicationAsync(db, context);
        if (application.Status is not (ApplicationStatus.Approved or ApplicationStatus.Completed) || application.Details is not TDetails details)
        {
            throw new InvalidOperationException(
                $"Expected an approved {typeof(TDetails).Name.Replace("Details", "", StringComparison.Ordinal)} application, but {application.Id} is a {application.Status} {application.Type} application.");
        }

        return (application, details);
    }

    /// <summary>
    /// The approval cannot be applied because the person's record changed since validation (another case registered
    /// them, or ended the record): the step fails, so the case stops at an incident an administrator sees, instead of
    /// reporting success while changing nothing.
    /// </summary>
    protected static Domain.SeedWork.DomainException StateChanged(InsuredPerson person, string expected) => new(new Domain.SeedWork.DomainError(
        "Registration.StateChanged",
        $"参保人记录在审核期间已变更（当前为 {person.Status}），本次审批无法登记，请核实后处理",
        $"Expected {expected}, but the person's record is now {person.Status}: the approval cannot be applied; check the record and retry or cancel the case."));
}
