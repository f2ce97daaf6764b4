namespace SocialInsurance.Api.Features.Tasks.Case;

/// <summary>
/// The person the case is about, as of today (China time). Months count both our flexible-employment months and
/// the employer months credited to the record (缴费年限累计计算); the shortfall is against the minimum years of the
/// retirement year, if nothing more is paid (<see cref="ShortfallMonths"/>) and if every month until retirement is
/// paid (<see cref="ShortfallAtRetirementMonths"/>).
/// </summary>
public sealed record CasePerson(
    string Name,
    string MaskedIdNumber,
    Named Sex,
    string BirthDate,
    int Age,
    RetirementView Retirement,
    ContributionMonths Contributions,
    Named Status,
    string? EnrolledFrom,
    IReadOnlyList<Named> ActiveInsuranceTypes,
    IReadOnlyList<StatusHistoryItem> History,
    IReadOnlyList<PeriodItem> Periods,
    IReadOnlyList<EarlierCase> EarlierCases)
{
    /// <summary>No registry answer is recorded in the case (validated before the registry was consulted): employer months are only those already credited to the record.</summary>
    public bool RegistryUnavailable { get; init; }
}

/// <summary>The statutory retirement month under the 2025 reform: the original age, the months it was raised by, the resulting age.</summary>
public sealed record RetirementView(string Month, int OriginalAgeYears, int DelayMonths, int AgeYears, int AgeMonths, Named Category);

public sealed record ContributionMonths(
    int FlexibleMonths,
    int EmployerMonths,
    int TotalMonths,
    int RequiredMonths,
    int ShortfallMonths,
    int MonthsUntilRetirement,
    int ShortfallAtRetirementMonths);

/// <summary>One change of the person's standing: enrolled, suspended (with its reason), resumed.</summary>
public sealed record StatusHistoryItem(string Month, Named Kind, Named To, Named? Reason, IReadOnlyList<Named> InsuranceTypes);

/// <summary>A contribution period with its payment status; <see cref="Period"/> is <c>yyyy-MM</c> or <c>yyyy-MM..yyyy-MM</c>.</summary>
public sealed record PeriodItem(string Period, int Months, decimal Amount, Named Status, string? PaidOn);

/// <summary>Another case of the same person (not this one), newest first.</summary>
public sealed record EarlierCase(Guid ApplicationId, string? CaseNumber, Named Type, Named Status, DateTimeOffset CreatedAt);
