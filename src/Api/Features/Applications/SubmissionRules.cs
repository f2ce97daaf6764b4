using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Infrastructure.PolicyData;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Policy;
using SocialInsurance.Domain.Reference;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Api.Features.Applications;

/// <summary>
/// The same rules the process's <c>application.validate</c> runs, checked before submitting so the applicant gets a
/// 400 listing every problem instead of a case that is opened only to be rejected automatically. The process still
/// runs them: the record may change between this check and the step.
/// </summary>
public sealed class SubmissionRules(RegionCatalog regions, InsuranceTypeCatalog insuranceTypes, BankCategoryCatalog banks, PolicyTables policies)
{
    public async Task<IReadOnlyList<DomainError>> CheckAsync(CasesDbContext db, Application application, DateOnly today, CancellationToken ct)
    {
        var person = await db.InsuredPersons.FirstOrDefaultAsync(p => p.IdNumber == application.Applicant, ct);
        var policy = (await policies.CurrentAsync(ct)).For(today.Year).Policy;
        var month = YearMonth.From(today);
        switch (application.Details)
        {
            case NewEnrollmentDetails details:
                return new NewEnrollmentEligibility(regions, insuranceTypes, banks)
                    .Check(application.Applicant, application.ApplicantName, details, person?.Status, policy, today);
            case ResumptionDetails details:
                return new ResumptionRules(regions, banks).Check(person, application.ApplicantName, details, policy, month);
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
}
