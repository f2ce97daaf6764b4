using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.Policy;
using SocialInsurance.Domain.Reference;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Applications;

/// <summary>
/// The automatic check of a 新参保 application. It returns every failed rule, because the process rejects with all
/// of them and the applicant should not discover them one per attempt.
/// </summary>
public sealed class NewEnrollmentEligibility(RegionCatalog regions, InsuranceTypeCatalog insuranceTypes, BankCategoryCatalog banks)
{
    /// <summary>National convention for flexible workers (DOMAIN-SOURCES §1.3, medium).</summary>
    public const int MinimumAge = 16;

    /// <param name="existingStatus">The applicant's record, or null when there is none.</param>
    /// <param name="policy">The policy of the current year (possibly a fallback row).</param>
    /// <param name="today">The business date in China Standard Time.</param>
    /// <param name="registry">What the national registry holds; null where it was not asked (treated as nothing known).</param>
    public IReadOnlyList<DomainError> Check(
        ResidentIdNumber applicant,
        string applicantName,
        NewEnrollmentDetails details,
        InsuredStatus? existingStatus,
        PolicyYear policy,
        DateOnly today,
        RegistryStanding? registry = null)
    {
        var errors = new List<DomainError>();
        registry ??= RegistryStanding.None;
        if (registry.Death is { } death)
        {
            errors.Add(death);
        }

        if (applicant.AgeOn(today) < MinimumAge)
        {
            errors.Add(new DomainError(
                "Enrollment.TooYoung", $"参保人须年满 {MinimumAge} 周岁", $"The applicant must be at least {MinimumAge} years old."));
        }

        var category = StatutoryRetirement.CategoryFor(applicant.Sex, policy.FemaleFlexibleWorkerOriginalRetirementAge);
        var retirement = StatutoryRetirement.For(applicant.BirthMonth, category);
        if (YearMonth.From(today) >= retirement.RetirementMonth)
        {
            errors.Add(new DomainError(
                "Enrollment.RetirementAgeReached",
                $"已达到法定退休年龄（{retirement.Years} 岁 {retirement.Months} 个月，{retirement.RetirementMonth}），不能新参保",
                $"The applicant reached the statutory retirement age ({retirement.Years}y{retirement.Months}m, {retirement.RetirementMonth}) and cannot enroll."));
        }

        switch (existingStatus)
        {
            case InsuredStatus.Active:
                errors.Add(new DomainError(
                    "Enrollment.AlreadyInsured",
                    "已有正常参保记录，不能重复参保；如需变更请办理续保或停保",
                    "The applicant is already insured; use resumption or suspension instead of a new enrollment."));
                break;
            case InsuredStatus.Suspended:
                errors.Add(new DomainError(
                    "Enrollment.UseResumption",
                    "已有暂停的参保记录，请办理灵活就业养老续保",
                    "The applicant has a suspended record; apply for resumption instead."));
                break;
            case InsuredStatus.Terminated:
                errors.Add(new DomainError(
                    "Enrollment.RecordEnded",
                    "参保关系已终止，不能新参保；如有疑问请到经办机构窗口办理",
                    "The applicant's insurance record has ended; a new enrollment is not possible online. Please visit the office."));
                break;
            default:
                if (registry.Duplicate() is { } duplicate)
                {
                    errors.Add(duplicate);
                }
                else if (registry.IsFormerEmployee)
                {
                    // Seed text (2): people who left an employer pay on through 续保, their earlier years counting.
                    errors.Add(new DomainError(
                        "Enrollment.UseResumption",
                        "已有企业职工养老保险参保记录（原单位已停止缴费），请办理灵活就业养老续保",
                        "The applicant has an enterprise pension record whose employer stopped paying; apply for resumption instead."));
                }

                break;
        }

        if (regions.Check(details.Region) is { } regionError)
        {
            errors.Add(regionError);
        }

        errors.AddRange(insuranceTypes.Check(details.InsuranceTypeCodes));

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
