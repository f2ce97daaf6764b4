using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Infrastructure.Persistence;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.SeedWork;
using SocialInsurance.Workflows.Activities;
using SocialInsurance.Api.Processes;

namespace SocialInsurance.Api.ServiceTasks;

/// <summary>
/// <c>insurance.register</c>: 新参保 takes effect — the applicant's record becomes Active from the current business
/// month, with the region, base, frequency and 险种 applied for, and the registry's employer months credited. A record
/// that already is exactly this enrollment is the step's own earlier run and is left alone; any other record that is
/// no longer NotInsured was changed by something else since validation, and the step fails into an incident.
/// </summary>
public sealed class RegisterEnrollment(CasesDbContextFactory contexts) : InsuranceStep<NewEnrollmentDetails>(contexts)
{
    public override ActivityDescriptor Descriptor { get; } = Describe(
        CaseProcess.Topics.Register, "参保登记", "Register enrollment",
        "Creates or activates the insured person's record from an approved new-enrollment application.");

    protected override async Task<InsuredPerson> ApplyAsync(CaseServiceDbContext db, Application application, NewEnrollmentDetails details, ActivityContext context)
    {
        var person = await PersonOrNewAsync(db, application, context.CancellationToken);
        var month = ChinaTime.ToBusinessMonth(context.Now);
        if (person.Status != InsuredStatus.NotInsured && !IsThisEnrollment(person, details, month))
        {
            throw StateChanged(person, "a person who is not insured");
        }

        CreditRegistryEmployerMonths(person, context);
        if (person.Status == InsuredStatus.NotInsured)
        {
            person.Enroll(details.Region, details.ContributionBase, details.Frequency, details.InsuranceTypeCodes, month);
        }

        await EnsureAgreementAsync(db, person, context.CancellationToken);
        return person;
    }

    /// <summary>
    /// The record is exactly what this approval registers (this step ran before, e.g. a re-delivered job): the same
    /// month, region, base, frequency and 险种. Anything else was changed by someone else.
    /// </summary>
    private static bool IsThisEnrollment(InsuredPerson person, NewEnrollmentDetails details, YearMonth month) =>
        person.Status == InsuredStatus.Active
        && person.History is [.., { Kind: StatusChangeKind.Enrolled } last] && last.Month == month
        && person.Region == details.Region && person.ContributionBase == details.ContributionBase && person.Frequency == details.Frequency
        && person.ActiveInsuranceTypes.Order().SequenceEqual(details.InsuranceTypeCodes.Distinct().Order());
}
