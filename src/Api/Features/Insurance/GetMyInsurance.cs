using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Features.Applications;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Infrastructure.InsuranceRegistry;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.PolicyData;
using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.Policy;
using SocialInsurance.Domain.SeedWork;
using SocialInsurance.InsuranceRegistry;
using SocialInsurance.TaxBureau;

namespace SocialInsurance.Api.Features.Insurance;

/// <summary>
/// The caller's own insurance record. The agreement status is asked of the tax bureau, which owns it (the poller only
/// learns of signatures for cases that wait for one). Shortfall is what is missing at the statutory retirement month
/// if every month until then is paid (<see cref="Domain.Insurance.ContributionSummary.ProjectedShortfallMonths"/>).
/// </summary>
public static class GetMyInsurance
{
    /// <param name="DeductOn">The deferred first deduction (an enrolment after the month's deduction day); null: the usual day.</param>
    /// <param name="RefundedMonths">Paid months refunded after a 停保 inside the period; <paramref name="Refund"/> is their amount.</param>
    public sealed record PeriodView(string Period, int Months, decimal Amount, string Status, DateOnly? PaidOn, DateOnly? DeductOn, int RefundedMonths, decimal Refund);

    /// <summary>When and why contributions end (<see cref="ContributionEnd"/>): the retirement month, or later for 延长缴费.</summary>
    /// <param name="Month">The first month no longer billed.</param>
    public sealed record ContributionsEndView(string Month, string Reason, string Zh, string En)
    {
        public static ContributionsEndView From(ContributionEnd end) => new(end.Month.ToString(), end.Reason.ToString(), end.Zh, end.En);
    }

    public sealed record InsuranceView(
        string Status,
        string? RegionCode,
        decimal? ContributionBase,
        decimal? MonthlyAmount,
        string? PaymentFrequency,
        string AgreementStatus,
        string? EnrolledFrom,
        IReadOnlyList<string> InsuranceTypes,
        IReadOnlyList<PeriodView> Periods,
        int CumulativeMonths,
        string? RetirementMonth,
        int? RequiredMonths,
        int? ShortfallMonths,
        int? ShortfallAtRetirementMonths,
        int EmployerMonths = 0,
        bool FormerEmployee = false,
        ContributionsEndView? ContributionsEnd = null);

    public sealed record Query(CurrentApplicant? Applicant) : IQuery<InsuranceView>;

    public sealed class Handler(CasesDbContextFactory cases, PolicyTables policies, ITaxBureauGateway taxBureau, IInsuranceRegistry registry, TimeProvider time)
        : IQueryHandler<Query, InsuranceView>
    {
        public async ValueTask<InsuranceView> Handle(Query query, CancellationToken cancellationToken)
        {
            var none = new InsuranceView("NotInsured", null, null, null, null, "NotSigned", null, [], [], 0, null, null, null, null);
            if (query.Applicant is not { } applicant)
            {
                return none;
            }

            await using var db = cases.Create();
            var person = await db.InsuredPersons.AsNoTracking().FirstOrDefaultAsync(p => p.IdNumber == applicant.IdNumber, cancellationToken);
            var agreement = (await taxBureau.GetAgreementStatusesAsync([applicant.IdNumber.Value], cancellationToken)).FirstOrDefault()?.State.ToString() ?? "NotSigned";
            var today = ChinaTime.Today(time);
            var femaleAge = (await policies.CurrentAsync(cancellationToken)).For(today.Year).Policy.FemaleFlexibleWorkerOriginalRetirementAge;
            if (person is null)
            {
                return await FormerEmployeeAsync(applicant, femaleAge, YearMonth.From(today), cancellationToken) is { } former
                    ? former with { AgreementStatus = agreement }
                    : none with { AgreementStatus = agreement };
            }

            var periods = await db.ContributionPeriods.AsNoTracking().Where(p => p.PersonId == person.Id).ToListAsync(cancellationToken);
            var summary = person.SummariseContributions(femaleAge, YearMonth.From(today));
            return new InsuranceView(
                person.Status.ToString(),
                person.Region?.Value,
                person.ContributionBase?.Monthly.Yuan,
                person.ContributionBase is { } b ? ApplicationDetailsView.Monthly(b) : null,
                person.Frequency?.ToString(),
                agreement,
                person.EnrolledFrom?.ToString(),
                [.. person.ActiveInsuranceTypes],
                [.. periods.OrderBy(p => p.Period.Start).Select(p => new PeriodView(p.Period.ToString(), p.Period.Months, p.Amount.Total.Yuan, p.Status.ToString(), p.PaidOn, p.DeductOn, p.RefundedMonths, p.Refund.Yuan))],
                summary.TotalMonths,
                summary.RetirementAge.RetirementMonth.ToString(),
                summary.RequiredMonths,
                summary.ShortfallMonths,
                summary.ProjectedShortfallMonths,
                summary.EmployerMonths,
                ContributionsEnd: ContributionsEndView.From(ContributionEnd.For(summary, YearMonth.From(today))));
        }

        /// <summary>
        /// Someone with no record here who left an employer (seed text (2)): the registry's employer months already
        /// count in 累计缴费 and the shortfall, and <c>formerEmployee</c> tells the client to offer 续保. When the
        /// registry cannot answer, the page shows what we hold rather than failing.
        /// </summary>
        private async Task<InsuranceView?> FormerEmployeeAsync(CurrentApplicant applicant, int femaleAge, YearMonth month, CancellationToken ct)
        {
            RegistryStanding standing;
            try
            {
                standing = await registry.LookUpAsync(applicant.IdNumber, ct);
            }
            catch (InsuranceRegistryUnavailableException)
            {
                return null;
            }

            if (!standing.IsFormerEmployee)
            {
                return null;
            }

            var person = new InsuredPerson(Guid.Empty, applicant.IdNumber, applicant.Name, standing.EmployerMonths);
            var summary = person.SummariseContributions(femaleAge, month);
            return new InsuranceView(
                "NotInsured", null, null, null, null, "NotSigned", null, [], [],
                summary.TotalMonths,
                summary.RetirementAge.RetirementMonth.ToString(),
                summary.RequiredMonths,
                summary.ShortfallMonths,
                summary.ProjectedShortfallMonths,
                summary.EmployerMonths,
                FormerEmployee: true,
                ContributionsEnd: ContributionsEndView.From(ContributionEnd.For(summary, month)));
        }
    }

    public static IEndpointRouteBuilder MapInsuranceEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/me/insurance", async (ClaimsPrincipal user, UserManager<AppUser> users, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new Query(await CurrentApplicant.FindAsync(users, user)), ct)))
            .RequireAuthorization(Policies.Applicant)
            .WithTags("Me")
            .WithName("GetMyInsurance")
            .WithSummary("The caller's insurance: status, region, base, monthly amount, frequency, agreement, periods, months and shortfall.")
            .Produces<InsuranceView>();
        return app;
    }
}
