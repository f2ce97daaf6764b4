namespace SocialInsurance.Api.Features.Tasks.Case;

/// <summary>A coded value with its names: API clients keep the code, people read <see cref="Zh"/> or <see cref="En"/>.</summary>
public sealed record Named(string Code, string Zh, string En);

/// <summary>
/// What a reviewer decides on, in one object (<c>GET /api/tasks/{id}</c> → <c>case</c>): the declaration as the
/// applicant made it, the person it is about, the automatic checks the process ran, earlier review rounds and what
/// changed since the last one, and which decisions this kind of case offers. Personal data is masked as everywhere
/// else; the full ID number is revealed one at a time through an audited route.
/// </summary>
public sealed record CaseView(
    Guid ApplicationId,
    string CaseNumber,
    Named Type,
    Named Status,
    DateTimeOffset? SubmittedAt,
    CaseDeclaration Declaration,
    CasePerson Person,
    CaseChecks Checks,
    IReadOnlyList<ReviewRound> Rounds,
    CaseChanges? ChangesSinceLastRound,
    ReviewChoices Review);

/// <summary>
/// The declared fields of the application; those its type does not have are null. Amounts are in yuan; months are
/// <c>yyyy-MM</c>.
/// </summary>
public sealed record CaseDeclaration(
    Named? Region,
    string? Phone,
    string? Address,
    IReadOnlyList<Named> InsuranceTypes,
    DeclaredBank? Bank,
    DeclaredBase? ContributionBase,
    Named? PaymentFrequency,
    Named? SuspensionReason,
    string? EffectiveMonth,
    PreviousSuspension? PreviousSuspension);

public sealed record DeclaredBank(Named Bank, string MaskedAccount, string Holder);

/// <summary>
/// The declared base against the limits of the year it applies to. <see cref="Position"/> is <c>below</c>,
/// <c>lower</c> (at the lower limit), <c>within</c>, <c>upper</c> (at the upper limit) or <c>above</c>;
/// <see cref="PercentOfRange"/> places it between the limits (0 at the lower, 100 at the upper).
/// <see cref="PolicyYear"/> differs from <see cref="Year"/> when that year has no figures yet and an earlier year's are used.
/// </summary>
public sealed record DeclaredBase(
    decimal Amount,
    decimal MonthlyAmount,
    decimal Rate,
    int Year,
    int PolicyYear,
    decimal LowerLimit,
    decimal UpperLimit,
    decimal AverageMonthlyWage,
    string Position,
    int PercentOfRange);

/// <summary>The suspension a 续保 ends: since when, why, which 险种.</summary>
public sealed record PreviousSuspension(string Month, Named? Reason, IReadOnlyList<Named> InsuranceTypes);

/// <summary>A decision offered on this case, and the materials a supplement may ask for (none for 续保 and 停保).</summary>
public sealed record ReviewChoices(IReadOnlyList<Named> Decisions, IReadOnlyList<Named> SupplementMaterials);
