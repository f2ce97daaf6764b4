using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Infrastructure.Persistence;
using SocialInsurance.Api.Infrastructure.PolicyData;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.Reference;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Api.Infrastructure.Cases;

/// <summary>
/// The rules of an application's type (新参保 eligibility, 续保 and 停保 rules) for a business date, dispatched in one
/// place for the submit route (<see cref="Features.Applications.SubmissionRules"/>) and the process step
/// (<see cref="ServiceTasks.ValidateApplication"/>), so the two cannot drift. They differ only in how they ask the
/// national registry (the caller's <c>lookUp</c>): the route tolerates an outage, the step waits at an incident. A type
/// without rules fails them with <see cref="ErrorCodes.ApplicationTypeInvalid"/>: the submit route answers 400, the step rejects —
/// never a submission let through unchecked, never a 500.
/// </summary>
public sealed class ApplicationRules(RegionCatalog regions, InsuranceTypeCatalog insuranceTypes, BankCategoryCatalog banks, PolicyTables policies)
{
    /// <summary>The autonomous region's own code: a case with no region goes to the province-wide reviewers only.</summary>
    public const string ProvinceWide = "65";

    public async Task<RuleCheck> CheckAsync(
        CaseServiceDbContext db, Application application, DateOnly today, Func<CancellationToken, Task<RegistryStanding?>> lookUp, CancellationToken ct)
    {
        var person = await db.InsuredPersons.FirstOrDefaultAsync(p => p.IdNumber == application.Applicant, ct);
        var policy = (await policies.CurrentAsync(ct)).For(today.Year).Policy;
        var month = YearMonth.From(today);
        switch (application.Details)
        {
            case NewEnrollmentDetails details:
            {
                var standing = await lookUp(ct);
                var errors = new NewEnrollmentEligibility(regions, insuranceTypes, banks)
                    .Check(application.Applicant, application.ApplicantName, details, person?.Status, policy, today, standing);
                return new RuleCheck(errors, person, policy, standing, details.Region.Value);
            }

            case ResumptionDetails details:
            {
                var standing = await lookUp(ct);
                var errors = new ResumptionRules(regions, banks).Check(person, application.ApplicantName, details, policy, month, standing, application.Applicant);
                return new RuleCheck(errors, person, policy, standing, details.Region.Value);
            }

            case SuspensionDetails details:
            {
                var paid = person is null
                    ? []
                    : (await db.ContributionPeriods
                        .Where(p => p.PersonId == person.Id && p.Status == ContributionPeriodStatus.Paid)
                        .ToListAsync(ct)).Select(p => p.Period).ToList();
                return new RuleCheck(SuspensionRules.Check(person, details, month, paid), person, policy, null, person?.Region?.Value ?? ProvinceWide);
            }

            default:
                return new RuleCheck([new DomainError(ErrorCodes.ApplicationTypeInvalid.Code, ErrorCodes.ApplicationTypeInvalid.Zh, ErrorCodes.ApplicationTypeInvalid.En)], person, policy, null, ProvinceWide);
        }
    }
}
