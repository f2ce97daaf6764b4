using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.SeedWork;
using SocialInsurance.Workflows.Activities;

namespace SocialInsurance.Api.ServiceTasks;

/// <summary>
/// <c>insurance.resume</c>: 续保 takes effect from the current business month. An Active record is this step's own
/// earlier run (validation required Suspended), so it is left as it is.
/// </summary>
public sealed class ResumeInsurance(CasesDbContextFactory contexts) : IActivityHandler
{
    public ActivityDescriptor Descriptor { get; } = new(
        "insurance.resume", "续保登记", "Resume insurance",
        "Reactivates a suspended record with the region, base and frequency of an approved resumption application.")
    {
        Inputs = [CaseStep.ApplicationIdInput],
        Outputs = [new("personId", "参保人编号 Person id", "the insured person's record")],
    };

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var ct = context.CancellationToken;
        await using var db = contexts.Create(context.Transaction);
        var (application, details) = await InsuranceStep.ApprovedAsync<ResumptionDetails>(db, context);
        var person = await CaseStep.PersonAsync(db, application.Applicant, ct)
            ?? throw new InvalidOperationException($"Expected an insured person for application {application.Id}, but there is none.");
        if (person.Status != InsuredStatus.Active)
        {
            person.Resume(details.Region, details.ContributionBase, details.Frequency, ChinaTime.ToBusinessMonth(context.Now));
        }

        await InsuranceStep.EnsureAgreementAsync(db, person, ct);
        await db.SaveChangesAsync(ct);
        return ActivityResult.With(("personId", person.Id.ToString()));
    }
}
