using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.Policy;
using SocialInsurance.Domain.Reference;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Applications;

/// <summary>
/// The automatic check of a 续保 application: only a suspended record can resume (seed text step 3, DOMAIN-SOURCES
/// §4.4), the region and bank must be offered, the card must be the applicant's, and the base must fit this year's
/// limits. Unlike 新参保 there is no age bar: someone short of the minimum years at retirement age may keep paying
/// (延长缴费, §1.4, §3.5), and that is decided when they apply for a pension, not here.
/// </summary>
public sealed class ResumptionRules(RegionCatalog regions, BankCategoryCatalog banks)
{
    public IReadOnlyList<DomainError> Check(
        InsuredPerson? person,
        string applicantName,
        ResumptionDetails details,
        PolicyYear policy,
        YearMonth currentMonth)
    {
        var errors = new List<DomainError>();
        var status = person?.Status ?? InsuredStatus.NotInsured;
        if (status != InsuredStatus.Suspended)
        {
            errors.Add(ResumptionErrors.NotSuspended(status));
        }

        if (regions.Check(details.Region) is { } regionError)
        {
            errors.Add(regionError);
        }

        if (banks.Check(details.BankCategoryCode) is { } bankError)
        {
            errors.Add(bankError);
        }

        if (details.BankAccount.HolderName != PersonName.Normalise(applicantName))
        {
            errors.Add(new DomainError(
                "BankAccount.HolderMismatch", "持卡人姓名须与参保人姓名一致", "The card holder's name must be the applicant's own name."));
        }

        errors.AddRange(policy.CheckBase(details.ContributionBase));
        return errors;
    }
}
