using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.Policy;
using SocialInsurance.Domain.Reference;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Applications;

/// <summary>
/// The automatic check of a 续保 application: only a suspended record can resume (seed text step 3, DOMAIN-SOURCES
/// §4.4) — ours, or a 企业职工 record whose employer stopped paying (seed text (2), from the national registry) —;
/// a record ended by death or settling abroad never; nobody paying elsewhere or drawing a pension; below the
/// statutory retirement age, or past it only while short of the minimum years (延长缴费, §1.4, §3.5); the region and
/// bank must be offered, the card must be the applicant's, and the base must fit this year's limits.
/// </summary>
public sealed class ResumptionRules(RegionCatalog regions, BankCategoryCatalog banks)
{
    public IReadOnlyList<DomainError> Check(
        InsuredPerson? person,
        string applicantName,
        ResumptionDetails details,
        PolicyYear policy,
        YearMonth currentMonth,
        RegistryStanding? registry = null,
        ResidentIdNumber? applicant = null)
    {
        var errors = new List<DomainError>();
        registry ??= RegistryStanding.None;
        if (registry.Death is { } death)
        {
            errors.Add(death);
        }

        var status = person?.Status ?? InsuredStatus.NotInsured;
        if (status == InsuredStatus.Terminated)
        {
            errors.Add(ResumptionErrors.Terminated(person!.TerminationReason));
        }
        else if (status != InsuredStatus.Suspended && !(status == InsuredStatus.NotInsured && registry.IsFormerEmployee))
        {
            errors.Add(ResumptionErrors.NotSuspended(status));
        }
        else if (registry.Duplicate() is { } duplicate)
        {
            errors.Add(duplicate);
        }

        if ((applicant ?? person?.IdNumber) is { } id && RetirementBar(id, person, registry, policy, currentMonth) is { } age)
        {
            errors.Add(age);
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

    /// <summary>
    /// From the statutory retirement month on, contributions end (§1.4) unless the person is still short of the
    /// minimum for that year (§8.3): then 续保 is 延长缴费. Employer months count, from our record or the registry.
    /// </summary>
    private static DomainError? RetirementBar(ResidentIdNumber id, InsuredPerson? person, RegistryStanding registry, PolicyYear policy, YearMonth currentMonth)
    {
        var category = StatutoryRetirement.CategoryFor(id.Sex, policy.FemaleFlexibleWorkerOriginalRetirementAge);
        var retirement = StatutoryRetirement.For(id.BirthMonth, category);
        if (currentMonth < retirement.RetirementMonth)
        {
            return null;
        }

        var required = MinimumContribution.MonthsRequired(retirement.RetirementMonth.Year);
        var total = Math.Max(person?.EmployerMonths ?? 0, registry.EmployerMonths) + (person?.FlexibleMonths ?? 0);
        return total < required
            ? null
            : new DomainError(
                "Resumption.RetirementAgeReached",
                $"已达到法定退休年龄（{retirement.RetirementMonth}），累计缴费 {total} 个月已满最低 {required} 个月，不能续保，请申领养老金",
                $"The applicant reached the statutory retirement age ({retirement.RetirementMonth}) with {total} months paid, at least the {required} required; resumption is refused, apply for a pension instead.");
    }
}
