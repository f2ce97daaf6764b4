using SocialInsurance.Api.Features.Applications;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.Policy;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Api.Features.Tasks.Case;

/// <summary>The person behind a case: identity, retirement, months and history. Someone never insured gets a record of zeros.</summary>
internal static class PersonProjection
{
    public static CasePerson For(
        Application application,
        InsuredPerson? person,
        IReadOnlyList<ContributionPeriod> periods,
        IReadOnlyList<(Application Application, ApplicationRecord? Record)> otherCases,
        PolicyYear policy,
        DateOnly today,
        CaseTerms terms,
        int? registryEmployerMonths)
    {
        var id = application.Applicant;
        // A read-only copy (never saved): the registry's employer months count as registration will credit them.
        var record = person ?? new InsuredPerson(Guid.Empty, id, application.ApplicantName);
        if (registryEmployerMonths is > 0)
        {
            record.SyncEmployerMonths(registryEmployerMonths.Value);
        }

        var summary = record.SummariseContributions(policy.FemaleFlexibleWorkerOriginalRetirementAge, YearMonth.From(today));
        var retirement = summary.RetirementAge;
        return new CasePerson(
            application.ApplicantName,
            id.Masked,
            CaseTerms.Of(id.Sex),
            id.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            id.AgeOn(today),
            new RetirementView(retirement.RetirementMonth.ToString(), retirement.OriginalAgeYears, retirement.DelayMonths, retirement.Years, retirement.Months, CaseTerms.Of(retirement.Category)),
            new ContributionMonths(
                summary.FlexibleMonths, summary.EmployerMonths, summary.TotalMonths, summary.RequiredMonths,
                summary.ShortfallMonths, summary.MonthsUntilRetirement, summary.ProjectedShortfallMonths),
            CaseTerms.Of(record.Status),
            record.EnrolledFrom?.ToString(),
            terms.InsuranceTypes(record.ActiveInsuranceTypes),
            [.. record.History.Select(h => new StatusHistoryItem(
                h.Month.ToString(), CaseTerms.Of(h.Kind), CaseTerms.Of(h.To), h.Reason is { } reason ? CaseTerms.Of(reason) : null, terms.InsuranceTypes(h.InsuranceTypeCodes)))],
            [.. periods.OrderBy(p => p.Period.Start).Select(p => new PeriodItem(
                p.Period.ToString(), p.Period.Months, p.Amount.Total.Yuan, CaseTerms.Of(p.Status),
                p.PaidOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))],
            [.. otherCases.OrderByDescending(c => c.Application.CreatedAt).Select(c => new EarlierCase(
                c.Application.Id, c.Record?.CaseNumber, CaseTerms.Of(c.Application.Type), CaseTerms.Of(c.Application.Status), c.Application.CreatedAt))])
        {
            RegistryUnavailable = registryEmployerMonths is null,
        };
    }
}
