using System.Text.Json;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Infrastructure.Persistence;
using SocialInsurance.Api.Infrastructure.PolicyData;
using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Policy;
using SocialInsurance.Domain.SeedWork;
using SocialInsurance.TaxBureau;

namespace SocialInsurance.Api.Jobs;

/// <summary>
/// Daily walk over every Active insured person, in id order, <see cref="ContributionDeadlinesOptions.BatchSize"/> at a
/// time (keyset paging, so memory is bounded by one batch). For each batch, on the business date (China time):
/// <list type="number">
/// <item>the calendar-aligned periods due by the person's frequency, from the month their current coverage began up to
/// the current period, are created as Due where missing (unique (PersonId, Period)) — none from the statutory
/// retirement month on unless the person is short of the minimum years (延长缴费, <see cref="ContributionEnd.Owed"/>),
/// a period across that month being cut at it;</item>
/// <item>for periods whose deduction day (policy, the 20th, moved to the next working day on holidays) has passed and
/// that are not Paid, the tax bureau is asked
/// for that period's results: Succeeded → Paid and the months credited; InsufficientBalance / NoAgreement → Failed;
/// NotAttempted → nothing. Each result is recorded once under its ResultId (<c>case_deduction_results</c>), so a rerun
/// neither credits twice nor counts a failed attempt twice. Past-year periods are not asked about unless the policy
/// allows past-year arrears (§3.4);</item>
/// <item>reminders before the deduction day (policy offsets) for people without a signed agreement or whose last
/// deduction failed;</item>
/// <item>after the period's last month — and after a deferred first deduction, for a period billed after its
/// deduction day (DeductionSchedule.FirstDeduction) — a period still not Paid → InArrears and a notice; from
/// <see cref="ContributionDeadlinesOptions.ArrearsBeforeSuspensionNotice"/> periods in arrears the notice says the
/// record will be reviewed (never an automatic suspension).</item>
/// </list>
/// All bureau calls for a batch happen before its one write transaction, and every write is keyed (unique period,
/// result id, deterministic notification id), so the job can stop anywhere — an outage fails it with what earlier
/// batches committed kept — and a rerun continues without duplicates.
/// </summary>
/// <remarks>
/// Reads go through EF (no tracking) so the domain objects are rebuilt by their converters and the transitions are the
/// domain's own methods; the resulting state is then written with prepared commands on the context's connection,
/// because EF's per-entity change tracking would dominate the run time at a million people.
/// </remarks>
public sealed partial class ContributionDeadlinesJob(
    CasesDbContextFactory contexts,
    ITaxBureauGateway taxBureau,
    PolicyTables policies,
    HolidayCalendars calendars,
    TimeProvider time,
    IOptions<ContributionDeadlinesOptions> options,
    ILogger<ContributionDeadlinesJob> logger)
{
    public const string RecurringJobId = "contribution-deadlines";

    /// <summary>The notification element id: these notices come from the job, not from a process step.</summary>
    public const string NotificationSource = "job:contribution-deadlines";

    public const string ReminderKind = "ContributionReminder";
    public const string ArrearsKind = "ContributionArrears";
    public const string ReviewKind = "ContributionArrearsReview";

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 3, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public async Task<ContributionDeadlinesSummary> RunAsync(CancellationToken ct)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var today = ChinaTime.ToBusinessDate(now);
        var summary = new ContributionDeadlinesSummary();
        // One table for the whole run, so every batch bills and reminds by the same figures even if an edit lands meanwhile.
        var table = await policies.CurrentAsync(ct);
        var calendar = await calendars.CurrentAsync(ct);

        var after = Guid.Empty;
        while (true)
        {
            await using var db = contexts.Create();
            var writer = new Writer(db.Database.IsSqlite());
            var persons = await ReadPersonsAsync(db, writer, after, Math.Max(1, settings.BatchSize), ct);
            if (persons.Count == 0)
            {
                break;
            }

            after = persons[^1].Id;
            summary.Persons += persons.Count;
            var batch = new Batch(taxBureau, new Deductions(table, calendar), db, writer, today, now, settings, summary);
            await batch.RunAsync(persons, ct);
        }

        logger.LogInformation(
            "Contribution deadlines: {Persons} persons, {Created} periods created, {Paid} paid, {Failed} failed, {Arrears} in arrears, {Reminders} reminders",
            summary.Persons, summary.PeriodsCreated, summary.Paid, summary.Failed, summary.InArrears, summary.Reminders);
        return summary;
    }

    private static async Task<List<PersonRow>> ReadPersonsAsync(CaseServiceDbContext db, Writer writer, Guid after, int limit, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT "Id", "IdNumber", "Frequency", "ContributionBase", "EnrolledFrom", "Coverages", "EmployerMonths", "FlexibleMonths"
            FROM case_insured_persons
            WHERE "Status" = 'Active' AND "Id" > @after
            ORDER BY "Id"
            LIMIT @limit
            """;
        writer.Add(command, "@after", writer.Id(after));
        writer.Add(command, "@limit", limit);
        var rows = new List<PersonRow>(limit);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var id = reader.GetGuid(0);
            if (reader.IsDBNull(2) || reader.IsDBNull(3))
            {
                // An active record without terms cannot owe anything; it still moves the keyset position.
                rows.Add(new PersonRow(id, reader.GetString(1), PaymentFrequency.Monthly, null, null, 0, 0));
                continue;
            }

            var frequency = Enum.Parse<PaymentFrequency>(reader.GetString(2));
            var monthly = reader.GetDecimal(3);
            var enrolledFrom = reader.IsDBNull(4) ? (YearMonth?)null : YearMonth.Parse(reader.GetString(4));
            var coverageStart = CoverageStart(reader.IsDBNull(5) ? null : reader.GetString(5)) ?? enrolledFrom;
            rows.Add(new PersonRow(id, reader.GetString(1), frequency, ContributionBase.Create(monthly), coverageStart, reader.GetInt32(6), reader.GetInt32(7)));
        }

        return rows;
    }

    /// <summary>
    /// The month the person's current uninterrupted coverage began: the earliest <c>Since</c> of the active 险种 — the
    /// enrolment month, or the resumption month after a 续保 (a resumption moves every suspended 险种 to that month).
    /// </summary>
    private static YearMonth? CoverageStart(string? coveragesJson)
    {
        if (string.IsNullOrEmpty(coveragesJson))
        {
            return null;
        }

        YearMonth? start = null;
        using var document = JsonDocument.Parse(coveragesJson);
        foreach (var coverage in document.RootElement.EnumerateArray())
        {
            if (coverage.TryGetProperty("Status", out var status) && status.GetString() == "Active"
                && coverage.TryGetProperty("Since", out var since) && since.GetString() is { } text
                && YearMonth.TryParse(text, out var month)
                && (start is null || month < start))
            {
                start = month;
            }
        }

        return start;
    }

    /// <summary>A deterministic id, so "one notification per person, period and offset" is the primary key itself.</summary>
    internal static Guid KeyedId(string key) => Infrastructure.Cases.KeyedId.From(key);

    /// <summary>The policy figures and the holiday calendar the run deducts by.</summary>
    private sealed record Deductions(PolicyTable Policies, WorkingDayCalendar Calendar)
    {
        /// <summary>The deferred first deduction, or the period's own deduction day moved off holidays.</summary>
        public DateOnly DateOf(ContributionPeriod period) => period.DeductOn ?? RegularDateOf(period);

        /// <summary>
        /// The period's own deduction day: from then on the bureau may have a result — a deferral only says that the
        /// period is not overdue before the later day, since the enrolment may have missed the bureau's batch.
        /// </summary>
        public DateOnly RegularDateOf(ContributionPeriod period) => DeductionSchedule.DeductionDay(period.Period.Start, Policies, Calendar);
    }

    private sealed record PersonRow(
        Guid Id, string IdNumber, PaymentFrequency Frequency, ContributionBase? Base, YearMonth? CoverageStart, int EmployerMonths, int FlexibleMonths);
}
