using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.SeedWork;
using SocialInsurance.Workflows.Activities;

namespace SocialInsurance.Api.ServiceTasks;

/// <summary>
/// <c>insurance.register</c>: 新参保 takes effect — the applicant's record becomes Active from the current business
/// month, with the region, base, frequency and 险种 applied for, and the registry's employer months credited. The
/// step runs in the engine's transaction (inside a savepoint), so it never finds its own earlier run: a record that is
/// no longer NotInsured was changed by something else since validation, and the step fails into an incident.
/// </summary>
public sealed class RegisterEnrollment(CasesDbContextFactory contexts) : IActivityHandler
{
    public ActivityDescriptor Descriptor { get; } = new(
        "insurance.register", "参保登记", "Register enrollment",
        "Creates or activates the insured person's record from an approved new-enrollment application.")
    {
        Inputs = [CaseStep.ApplicationIdInput],
        Outputs = [new("personId", "参保人编号 Person id", "the insured person's record")],
    };

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var ct = context.CancellationToken;
        await using var db = contexts.Create(context.Transaction);
        var (application, details) = await InsuranceStep.ApprovedAsync<NewEnrollmentDetails>(db, context);
        var person = await CaseStep.PersonAsync(db, application.Applicant, ct);
        if (person is null)
        {
            person = new InsuredPerson(Guid.CreateVersion7(), application.Applicant, application.ApplicantName);
            db.InsuredPersons.Add(person);
        }

        if (person.Status != InsuredStatus.NotInsured)
        {
            throw InsuranceStep.StateChanged(person, "a person who is not insured");
        }

        InsuranceStep.CreditRegistryEmployerMonths(person, context);
        person.Enroll(details.Region, details.ContributionBase, details.Frequency, details.InsuranceTypeCodes, ChinaTime.ToBusinessMonth(context.Now));
        await InsuranceStep.EnsureAgreementAsync(db, person, ct);
        await db.SaveChangesAsync(ct);
        return ActivityResult.With(("personId", person.Id.ToString()));
    }
}
