using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Infrastructure.Persistence;
using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.Policy;
using SocialInsurance.Domain.SeedWork;
using SocialInsurance.TaxBureau;

namespace SocialInsurance.Api.Jobs;

public sealed partial class ContributionDeadlinesJob
{
    /// <summary>One batch: read, ask the bureau, then write everything in one transaction.</summary>
    private sealed partial class Batch(
        ITaxBureauGateway taxBureau,
        Deductions deductions,
        CaseServiceDbContext db,
        Writer writer,
        DateOnly today,
        DateTimeOffset now,
        ContributionDeadlinesOptions settings,
        ContributionDeadlinesSummary summary)
    {
        private readonly YearMonth _month = YearMonth.From(today);
        private readonly PolicyTable _policies = deductions.Policies;
        private readonly int _femaleRetirementAge = deductions.Policies.For(today.Year).Policy.FemaleFlexibleWorkerOriginalRetirementAge;
        private readonly List<ContributionPeriod> _created = [];
        private readonly List<ContributionPeriod> _changed = [];
        private readonly List<(string ResultId, ContributionPeriod Period, string Outcome)> _results = [];
        private readonly Dictionary<Guid, int> _credits = [];
        private readonly List<CaseNotification> _notifications = [];

        public async Task RunAsync(List<PersonRow> persons, CancellationToken ct)
        {
            var ids = persons.Select(p => p.Id).ToList();
            var existing = await db.ContributionPeriods.AsNoTracking()
                .Where(p => ids.Contains(p.PersonId))
                .ToListAsync(ct);
            var periodsByPerson = existing.GroupBy(p => p.PersonId).ToDictionary(g => g.Key, g => g.ToList());

            // 1. Periods due.
            foreach (var person in persons)
            {
                if (person.CoverageStart is not { } start || start > _month || person.Base is not { } monthlyBase)
                {
                    continue;
                }

                if (!periodsByPerson.TryGetValue(person.Id, out var own))
                {
                    own = [];
                    periodsByPerson[person.Id] = own;
                }

                var have = own.Select(p => p.Period.Start).ToHashSet();
                // Reaching retirement ends contributions, unless short of the minimum years (延长缴费): months billed
                // and neither paid nor in arrears yet count as the months they will be.
                var summary = ContributionSummary.Of(
                    ResidentIdNumber.Create(person.IdNumber), person.EmployerMonths, person.FlexibleMonths, _femaleRetirementAge, _month);
                var open = own.Where(p => p.Status is ContributionPeriodStatus.Due or ContributionPeriodStatus.Failed).Sum(p => p.Period.Months);
                foreach (var scheduled in BillingPeriod.Schedule(start, _month, person.Frequency))
                {
                    // A refunded month (a 停保 inside a paid period, then a 续保) is billed again.
                    if (have.Contains(scheduled.Start) || own.Any(p => p.Covers(scheduled.Start)))
                    {
                        continue;
                    }

                    if (ContributionEnd.Owed(scheduled, summary, open) is not { } period)
                    {
                        break;
                    }

                    var amount = _policies.For(period.Start.Year).Policy.ContributionFor(monthlyBase, period.Months);
                    var created = new ContributionPeriod(Guid.CreateVersion7(), person.Id, period, amount);
                    var first = DeductionSchedule.FirstDeduction(period, today, _policies, deductions.Calendar);
                    if (first != DeductionSchedule.DeductionDay(period.Start, _policies, deductions.Calendar))
                    {
                        created.ScheduleFirstDeduction(first);
                    }

                    own.Add(created);
                    _created.Add(created);
                    open += period.Months;
                }
            }

            // 2. Deduction results, asked per period before anything is written.
            var allowPastYear = _policies.For(today.Year).Policy.AllowPastYearArrears;
            var idNumbers = persons.ToDictionary(p => p.Id, p => p.IdNumber);
            var toAsk = periodsByPerson.Values.SelectMany(p => p)
                .Where(p => p.Status != ContributionPeriodStatus.Paid
                    && today > deductions.RegularDateOf(p)
                    && (p.DueYear >= today.Year || allowPastYear))
                .GroupBy(p => p.Period.Start);
            var answered = new List<(ContributionPeriod Period, DeductionResult Result, string ResultId)>();
            foreach (var group in toAsk)
            {
                var byIdNumber = group.ToDictionary(p => idNumbers[p.PersonId], StringComparer.OrdinalIgnoreCase);
                summary.Asked += byIdNumber.Count;
                var results = await taxBureau.GetDeductionResultsAsync(group.Key.ToString(), byIdNumber.Keys.ToList(), ct);
                foreach (var result in results)
                {
                    if (result.ResultId is { } resultId && result.Outcome != DeductionOutcome.NotAttempted
                        && byIdNumber.TryGetValue(result.IdNumber, out var period))
                    {
                        answered.Add((period!, result, resultId));
                    }
                }
            }

            var recorded = answered.Count == 0 ? [] : await RecordedAsync([.. answered.Select(a => a.ResultId)], ct);
            foreach (var (period, result, resultId) in answered.Where(a => !recorded.Contains(a.ResultId)))
            {
                Apply(period, result, resultId, allowPastYear);
            }

            // 3. Arrears after the period's end; 4. reminders before the deduction day.
            var signed = await SignedAgreementsAsync(persons, periodsByPerson, ct);
            foreach (var person in persons)
            {
                if (periodsByPerson.TryGetValue(person.Id, out var own))
                {
                    Arrears(person, own);
                    Remind(person, own, signed);
                }
            }

            await WriteAsync(ct);
        }

        /// <summary>Which of these ResultIds were recorded by an earlier run: their effect is already committed.</summary>
        private async Task<HashSet<string>> RecordedAsync(IReadOnlyList<string> resultIds, CancellationToken ct)
        {
            var recorded = new HashSet<string>(StringComparer.Ordinal);
            var connection = db.Database.GetDbConnection();
            foreach (var chunk in resultIds.Chunk(500))
            {
                await using var command = connection.CreateCommand();
                var names = new List<string>(chunk.Length);
                for (var i = 0; i < chunk.Length; i++)
                {
                    names.Add("@r" + i.ToString(CultureInfo.InvariantCulture));
                    writer.Add(command, names[^1], chunk[i]);
                }

                command.CommandText = $"SELECT \"ResultId\" FROM case_deduction_results WHERE \"ResultId\" IN ({string.Join(", ", names)})";
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    recorded.Add(reader.GetString(0));
                }
            }

            return recorded;
        }

        private void Apply(ContributionPeriod period, DeductionResult result, string resultId, bool allowPastYear)
        {
            var on = result.DeductedAt is { } at ? ChinaTime.ToBusinessDate(at) : today;
            switch (result.Outcome)
            {
                case DeductionOutcome.Succeeded:
                    if (on.Year > period.DueYear && !allowPastYear)
                    {
                        return;
                    }

                    period.RecordPayment(on, allowPastYear);
                    _credits[period.PersonId] = _credits.GetValueOrDefault(period.PersonId) + period.Period.Months;
                    summary.Paid++;
                    break;
                case DeductionOutcome.InsufficientBalance or DeductionOutcome.NoAgreement:
                    period.RecordFailedDeduction(on, result.Outcome.ToString());
                    summary.Failed++;
                    break;
                default:
                    return;
            }

            MarkChanged(period);
            _results.Add((resultId, period, result.Outcome.ToString()));
        }
    }
}
