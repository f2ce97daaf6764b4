using SocialInsurance.Api.Features.Applications;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.Policy;

namespace SocialInsurance.Api.Features.Tasks.Case;

/// <summary>The declared fields of each application type, named and masked as the reviewer reads them.</summary>
internal static class DeclarationProjection
{
    public static CaseDeclaration For(Application application, ApplicationRecord record, InsuredPerson? person, PolicyLookup policy, CaseTerms terms) =>
        application.Details switch
        {
            NewEnrollmentDetails d => new CaseDeclaration(
                terms.Region(d.Region), d.Mobile.Masked, record.Address, terms.InsuranceTypes(d.InsuranceTypeCodes),
                Bank(d.BankCategoryCode, d.BankAccount, terms), Base(d.ContributionBase, policy), CaseTerms.Of(d.Frequency),
                null, null, null),
            ResumptionDetails d => new CaseDeclaration(
                terms.Region(d.Region), null, record.Address,
                terms.InsuranceTypes(record.InsuranceTypes?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? []),
                Bank(d.BankCategoryCode, d.BankAccount, terms), Base(d.ContributionBase, policy), CaseTerms.Of(d.Frequency),
                null, null, LastSuspension(person, terms)),
            SuspensionDetails d => new CaseDeclaration(
                null, null, null, terms.InsuranceTypes(d.InsuranceTypeCodes), null, null, null,
                CaseTerms.Of(d.Reason), d.ChangeMonth.ToString(), null),
            _ => new CaseDeclaration(null, null, null, [], null, null, null, null, null, null),
        };

    private static DeclaredBank Bank(string code, BankAccount account, CaseTerms terms) => new(terms.Bank(code), account.Masked, account.HolderName);

    /// <summary>Where the base sits between the limits of the year the case is decided in (the year its first month is billed in).</summary>
    public static DeclaredBase Base(ContributionBase contributionBase, PolicyLookup lookup)
    {
        var policy = lookup.Policy;
        var amount = contributionBase.Monthly.Yuan;
        var lower = policy.BaseLowerLimit.Yuan;
        var upper = policy.BaseUpperLimit.Yuan;
        var position = amount < lower ? "below" : amount == lower ? "lower" : amount > upper ? "above" : amount == upper ? "upper" : "within";
        var percent = upper > lower ? (int)Math.Round(Math.Clamp((amount - lower) / (upper - lower), 0m, 1m) * 100m, MidpointRounding.AwayFromZero) : 0;
        return new DeclaredBase(
            amount, ApplicationDetailsView.Monthly(contributionBase), ApplicationDetailsView.Rate, lookup.RequestedYear, policy.Year,
            lower, upper, policy.AverageMonthlyWage.Yuan, position, percent);
    }

    private static PreviousSuspension? LastSuspension(InsuredPerson? person, CaseTerms terms) =>
        person?.History.LastOrDefault(h => h.Kind == StatusChangeKind.Suspended) is { } change
            ? new PreviousSuspension(change.Month.ToString(), change.Reason is { } reason ? CaseTerms.Of(reason) : null, terms.InsuranceTypes(change.InsuranceTypeCodes))
            : null;
}
