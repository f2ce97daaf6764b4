using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Reference;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Insurance;

public sealed partial class InsuredPerson
{
    /// <summary>
    /// Brings the employer months up to the national registry's total (it reports a running total, not new months),
    /// through <see cref="CreditEmployerMonths"/>. Never lowers them: a registry that reports fewer months than we
    /// credited is a correction for a person at the counter, not something to apply silently.
    /// </summary>
    /// <returns>The months credited now (0 when already up to date).</returns>
    public int SyncEmployerMonths(int registryTotal)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(registryTotal);
        var missing = registryTotal - EmployerMonths;
        if (missing <= 0)
        {
            return 0;
        }

        CreditEmployerMonths(missing);
        return missing;
    }

    /// <summary>
    /// 续保 of a former employee (seed text (2)): someone whose employer stopped paying has a 企业职工 record, only not
    /// in our tables, so they pay on as a flexible worker with their earlier years counting. Needs the employer months
    /// credited first (<see cref="SyncEmployerMonths"/>) and no record of ours yet.
    /// </summary>
    public void ResumeAfterEmployment(RegionCode region, ContributionBase contributionBase, PaymentFrequency frequency, IReadOnlyCollection<string> insuranceTypeCodes, YearMonth from)
    {
        if (Status != InsuredStatus.NotInsured || EmployerMonths == 0)
        {
            throw new DomainException(Status == InsuredStatus.NotInsured
                ? ResumptionErrors.NotSuspended(Status)
                : new DomainError("Insured.AlreadyEnrolled", "已有灵活就业参保记录，请按记录状态办理", $"Expected a person without a flexible-employment record, but the record is {Status}."));
        }

        var codes = RequireSome(insuranceTypeCodes);
        Region = region;
        ContributionBase = contributionBase;
        Frequency = frequency;
        EnrolledFrom = from;
        _coverages.AddRange(codes.Select(code => new Coverage(code, CoverageStatus.Active, from)));
        Record(from, StatusChangeKind.Resumed, InsuredStatus.Active, codes, null);
        Raise(new CoverageResumed(Id, region, contributionBase, frequency, codes, from));
    }
}
