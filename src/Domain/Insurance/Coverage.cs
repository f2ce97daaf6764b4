using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Insurance;

/// <summary>One 险种 a person holds, with the month its current state began.</summary>
public sealed class Coverage
{
    internal Coverage(string insuranceTypeCode, CoverageStatus status, YearMonth since)
    {
        InsuranceTypeCode = insuranceTypeCode;
        Status = status;
        Since = since;
    }

    public string InsuranceTypeCode { get; }

    public CoverageStatus Status { get; private set; }

    public YearMonth Since { get; private set; }

    internal void MoveTo(CoverageStatus status, YearMonth since)
    {
        Status = status;
        Since = since;
    }
}
