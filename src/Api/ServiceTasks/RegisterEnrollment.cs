using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.SeedWork;
using SocialInsurance.Api.Processes;

namespace SocialInsurance.Api.ServiceTasks;

/// <summary>
/// <c>insurance.register</c>: 新参保 takes effect — the applicant's record becomes Active from the current business
/// month, with the region, base, frequency and 险种 applied for, and the registry's employer months credited. A record
/// that already is exactly this enrollment is the step's own earlier run and is left alone; any other record that is
/// no longer NotInsured was changed by something else since validation, and the step fails into an incident.
/// </summary>
public sealed class RegisterEnrollment(CasesDbContextFactory contexts) : InsuranceStep<NewEnrollmentDetails>(
    contexts, CaseProcess.Topics.Register, "参保登记", "Register enrollment",
    "Creates or activates the insured person's record from an approved new-enrollment application.")
{
    protected override async Task<InsuredPerson> ApplyAsync(Registration<NewEnrollmentDetails> registration)
    {
        var (details, month) = (registration.Details, registration.Month);
        var person = await registration.PersonOrNewAsync();
        if (person.Status != InsuredStatus.NotInsured && !IsThisEnrollment(person, details, month))
        {
            throw StateChanged(person, "a person who is not insured");
        }

        registration.CreditRegistryEmployerMonths(person);
        if (person.Status == InsuredStatus.NotInsured)
        {
            person.Enroll(details.Region, details.ContributionBase, details.Frequency, details.InsuranceTypeCodes, month);
        }

        await registration.EnsureAgreementAsync(person);
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
