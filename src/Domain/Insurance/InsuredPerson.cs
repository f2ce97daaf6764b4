using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Policy;
using SocialInsurance.Domain.Reference;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Insurance;

/// <summary>
/// A person's record in the flexible-employment scheme, keyed by the resident ID number (the social-security number,
/// DOMAIN-SOURCES §1.2). NotInsured → Active (enrolment) → Suspended (停保) → Active (续保) … → Terminated (death or
/// settling abroad end the record); every change is kept in <see cref="History"/>. Employer months are held here too,
/// because the minimum period counts both (§8.2).
/// </summary>
public sealed partial class InsuredPerson : AggregateRoot
{
    private readonly List<Coverage> _coverages = [];
    private readonly List<StatusChange> _history = [];

    public InsuredPerson(Guid id, ResidentIdNumber idNumber, string name, int employerMonths = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(employerMonths);
        Id = id;
        IdNumber = idNumber;
        Name = PersonName.Normalise(name);
        EmployerMonths = employerMonths;
    }

    public Guid Id { get; }

    public ResidentIdNumber IdNumber { get; }

    public string Name { get; }

    public InsuredStatus Status { get; private set; } = InsuredStatus.NotInsured;

    public RegionCode? Region { get; private set; }

    public ContributionBase? ContributionBase { get; private set; }

    public PaymentFrequency? Frequency { get; private set; }

    /// <summary>The first month of the first enrolment; a suspension may not reach back before it.</summary>
    public YearMonth? EnrolledFrom { get; private set; }

    public int EmployerMonths { get; private set; }

    public int FlexibleMonths { get; private set; }

    public int TotalMonths => EmployerMonths + FlexibleMonths;

    public IReadOnlyList<Coverage> Coverages => _coverages;

    public IReadOnlyList<StatusChange> History => _history;

    public IEnumerable<string> ActiveInsuranceTypes =>
        _coverages.Where(c => c.Status == CoverageStatus.Active).Select(c => c.InsuranceTypeCode);

    public void Enroll(RegionCode region, ContributionBase contributionBase, PaymentFrequency frequency, IReadOnlyCollection<string> insuranceTypeCodes, YearMonth from)
    {
        if (Status != InsuredStatus.NotInsured)
        {
            throw new DomainException(new DomainError(
                "Insured.AlreadyEnrolled",
                "已有参保记录，不能重复新参保；暂停状态请办理续保",
                $"Expected a person who is not insured, but the record is {Status}; a suspended person resumes instead."));
        }

        var codes = RequireSome(insuranceTypeCodes);
        Region = region;
        ContributionBase = contributionBase;
        Frequency = frequency;
        EnrolledFrom = from;
        _coverages.AddRange(codes.Select(code => new Coverage(code, CoverageStatus.Active, from)));
        Record(from, StatusChangeKind.Enrolled, InsuredStatus.Active, codes, null);
        Raise(new PersonEnrolled(Id, region, contributionBase, frequency, codes, from));
    }

    /// <summary>
    /// Stops the ticked 险种 from <paramref name="from"/>. The rules that need data outside this record (paid periods,
    /// the current month) are <c>SuspensionRules</c>'; the ones checked here hold whatever the caller knows.
    /// </summary>
    public void Suspend(SuspensionReason reason, YearMonth from, IReadOnlyCollection<string> insuranceTypeCodes)
    {
        if (reason.EndsTheRecord())
        {
            Terminate(reason, from);
            return;
        }

        if (Status != InsuredStatus.Active)
        {
            throw new DomainException(new DomainError(
                "Insured.NotActive", "当前不是正常参保状态，不能停保", $"Expected an active person to suspend, but the record is {Status}."));
        }

        var codes = RequireSome(insuranceTypeCodes);
        var coverages = codes.Select(code => _coverages.SingleOrDefault(c => c.InsuranceTypeCode == code)).ToList();
        if (coverages.Any(c => c is null || c.Status != CoverageStatus.Active))
        {
            throw new DomainException(SuspensionErrors.InsuranceTypeNotActive);
        }

        if (coverages.Any(c => from < c!.Since))
        {
            throw new DomainException(SuspensionErrors.BeforeCoverageBegan(coverages.Max(c => c!.Since)));
        }

        foreach (var coverage in coverages)
        {
            coverage!.MoveTo(CoverageStatus.Suspended, from);
        }

        var status = _coverages.Any(c => c.Status == CoverageStatus.Active) ? InsuredStatus.Active : InsuredStatus.Suspended;
        Record(from, StatusChangeKind.Suspended, status, codes, reason);
        Raise(new CoverageSuspended(Id, reason, codes, from, status));
    }

    /// <summary>
    /// Reactivates every suspended 险种 from <paramref name="from"/> (the current month when the 续保 is registered),
    /// with the region, base and frequency chosen in the resumption.
    /// </summary>
    public void Resume(RegionCode region, ContributionBase contributionBase, PaymentFrequency frequency, YearMonth from)
    {
        if (Status == InsuredStatus.Terminated)
        {
            throw new DomainException(ResumptionErrors.Terminated(TerminationReason));
        }

        if (Status != InsuredStatus.Suspended)
        {
            throw new DomainException(ResumptionErrors.NotSuspended(Status));
        }

        var suspended = _coverages.Where(c => c.Status == CoverageStatus.Suspended).ToList();
        var latestSuspension = suspended.Max(c => c.Since);
        if (from < latestSuspension)
        {
            throw new DomainException(new DomainError(
                "Resumption.BeforeSuspension",
                $"续保月份不能早于停保月份 {latestSuspension}",
                $"Expected a resumption month from {latestSuspension} (the suspension), but got {from}."));
        }

        foreach (var coverage in suspended)
        {
            coverage.MoveTo(CoverageStatus.Active, from);
        }

        Region = region;
        ContributionBase = contributionBase;
        Frequency = frequency;
        var codes = suspended.Select(c => c.InsuranceTypeCode).ToList();
        Record(from, StatusChangeKind.Resumed, InsuredStatus.Active, codes, null);
        Raise(new CoverageResumed(Id, region, contributionBase, frequency, codes, from));
    }

    /// <summary>Months paid through an employer, e.g. when a transfer record arrives; they count towards the minimum.</summary>
    public void CreditEmployerMonths(int months)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(months);
        EmployerMonths += months;
    }

    /// <summary>Months of a flexible-employment period the tax bureau reports as paid.</summary>
    public void CreditFlexibleMonths(int months)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(months);
        FlexibleMonths += months;
    }

    public ContributionSummary SummariseContributions(int femaleOriginalRetirementAge, YearMonth currentMonth) =>
        ContributionSummary.Of(IdNumber, EmployerMonths, FlexibleMonths, femaleOriginalRetirementAge, currentMonth);

    private void Record(YearMonth month, StatusChangeKind kind, InsuredStatus to, IReadOnlyList<string> codes, SuspensionReason? reason)
    {
        _history.Add(new StatusChange(month, kind, Status, to, codes, reason));
        Status = to;
    }

    private static List<string> RequireSome(IReadOnlyCollection<string> codes)
    {
        var distinct = codes.Distinct().ToList();
        return distinct.Count > 0
            ? distinct
            : throw new DomainException(new DomainError("InsuranceType.NoneSelected", "请至少选择一个险种", "Select at least one insurance type."));
    }
}
