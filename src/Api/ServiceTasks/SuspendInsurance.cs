using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Workflows.Activities;

namespace SocialInsurance.Api.ServiceTasks;

/// <summary>
/// <c>insurance.suspend</c>: 停保 from the change month for the ticked 险种. When every ticked 险种 is already
/// suspended this step ran before, and nothing more happens.
/// </summary>
public sealed class SuspendInsurance(CasesDbContextFactory contexts) : IActivityHandler
{
    public ActivityDescriptor Descriptor { get; } = new(
        "insurance.suspend", "停保登记", "Suspend insurance",
        "Suspends the ticked insurance types from the change month of an approved suspension application.")
    {
        Inputs = [CaseStep.ApplicationIdInput],
        Outputs = [new("personId", "参保人编号 Person id", "the insured person's record")],
    };

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var ct = context.CancellationToken;
        await using var db = contexts.Create(context.Transaction);
        var (application, details) = await InsuranceStep.ApprovedAsync<SuspensionDetails>(db, context);
        var person = await CaseStep.PersonAsync(db, application.Applicant, ct)
            ?? throw new InvalidOperationException($"Expected an insured person for application {application.Id}, but there is none.");
        var alreadySuspended = person.Coverages
            .Where(c => details.InsuranceTypeCodes.Contains(c.InsuranceTypeCode))
            .All(c => c.Status == CoverageStatus.Suspended);
        if (!alreadySuspended)
        {
            person.Suspend(details.Reason, details.ChangeMonth, details.InsuranceTypeCodes);
            await SuspensionRefunds.ApplyAsync(db, person, details.ChangeMonth, ct);
            await db.SaveChangesAsync(ct);
        }

        return ActivityResult.With(("personId", person.Id.ToString()));
    }
}
