using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.Reference;
using SocialInsurance.Domain.SeedWork;
using SocialInsurance.Api.Processes;

namespace SocialInsurance.Api.ServiceTasks;

/// <summary>
/// <c>insurance.resume</c>: 续保 takes effect from the current business month. A suspended record of ours resumes;
/// a former employee with no record of ours (seed text (2)) gets one, their employer months from the registry
/// credited. Anything else means the record changed since validation: the step fails into an incident.
/// </summary>
public sealed class ResumeInsurance(CasesDbContextFactory contexts) : InsuranceStep<ResumptionDetails>(
    contexts, CaseProcess.Topics.Resume, "续保登记", "Resume insurance",
    "Reactivates a suspended record (or opens one for a former employee) with the region, base and frequency of an approved resumption application.")
{
    protected override async Task<InsuredPerson> ApplyAsync(Registration<ResumptionDetails> registration)
    {
        var (details, month) = (registration.Details, registration.Month);
        var person = await registration.PersonOrNewAsync();

        registration.CreditRegistryEmployerMonths(person);
        switch (person.Status)
        {
            case InsuredStatus.Suspended:
                person.Resume(details.Region, details.ContributionBase, details.Frequency, month);
                break;
            case InsuredStatus.NotInsured when person.EmployerMonths > 0:
                // 续保 declares no 险种: a former employee pays on in the scheme they left, 企业职工基本养老保险.
                person.ResumeAfterEmployment(details.Region, details.ContributionBase, details.Frequency, [InsuranceTypeCatalog.EnterpriseEmployeePension.Code], month);
                break;
            case InsuredStatus.Active when IsThisResumption(person, details, month):
                // This step ran before (a re-delivered job): the record is exactly what it registers.
                break;
            default:
                throw StateChanged(person, "a suspended record or a former employee's");
        }

        await registration.EnsureAgreementAsync(person);
        return person;
    }

    private static bool IsThisResumption(InsuredPerson person, ResumptionDetails details, YearMonth month) =>
        person.History is [.., { Kind: StatusChangeKind.Resumed } last] && last.Month == month
        && person.Region == details.Region && person.ContributionBase == details.ContributionBase && person.Frequency == details.Frequency;
}
