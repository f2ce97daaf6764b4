using SocialInsurance.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Infrastructure.InsuranceRegistry;
using SocialInsurance.Api.Infrastructure.PolicyData;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.Policy;
using SocialInsurance.Domain.Reference;
using SocialInsurance.Domain.SeedWork;
using SocialInsurance.InsuranceRegistry;

namespace SocialInsurance.Api.Features.Applications;

/// <summary>
/// The same rules the process's <c>application.validate</c> runs, checked before submitting so the applicant gets a
/// 400 listing every problem instead of a case that is opened only to be rejected automatically. The process still
/// runs them: the record may change between this check and the step. When the national registry cannot answer now,
/// its rules are left to the process step (which waits at an incident until it can), so an outage never blocks a
/// submission and never lets one through unchecked.
/// </summary>
public sealed class SubmissionRules(
    RegionCatalog regions, InsuranceTypeCatalog insuranceTypes, BankCategoryCatalog banks, PolicyTables policies, IInsuranceRegistry registry)
{
    public async Task<IReadOnlyList<DomainError>> CheckAsync(CaseServiceDbContext db, Application application, DateOnly today, CancellationToken ct)
    {
        var person = await db.InsuredPersons.FirstOrDefaultAsync(p => p.IdNumber == application.Applicant, ct);
        var policy = (await policies.CurrentAsync(ct)).For(today.Year).Policy;
        var month = YearMonth.From(today);
        switch (application.Details)
        {
            case NewEnrollmentDetails details:
                return new NewEnrollmentEligibility(regions, insuranceTypes, banks)
                    .Check(application.Applicant, application.ApplicantName, details, person?.Status, policy, today, await StandingAsync(application, ct));
            case ResumptionDetails details:
                var standing = await StandingAsync(application, ct);
                var errors = new ResumptionRules(regions, banks).Check(person, application.ApplicantName, details, policy, month, standing, application.Applicant);
                // Without the registry a former employee looks like nobody; the process step decides once it answers.
                return standing is null ? [.. errors.Where(e => e.Code != "Resumption.NotInsured")] : errors;
            case SuspensionDetails details:
                var paid = person is null
                    ? []
                    : (await db.ContributionPeriods
                        .Where(p => p.PersonId == person.Id && p.Status == ContributionPeriodStatus.Paid)
                        .ToListAsync(ct)).Select(p => p.Period).ToList();
                return SuspensionRules.Check(person, details, month, paid);
            default:
                return [];
        }
    }

    private async Task<RegistryStanding?> StandingAsync(Application application, CancellationToken ct)
    {
        try
        {
            return await registry.LookUpAsync(application.Applicant, ct);
        }
        catch (InsuranceRegistryUnavailableException)
        {
            return null;
        }
    }
}
