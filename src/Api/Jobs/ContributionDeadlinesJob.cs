using SocialInsurance.Api.Infrastructure.Persistence;
using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Infrastructure.PolicyData;
using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Insurance;
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
public sealed class ContributionDeadlinesJob(
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

    /// <summary>One batch: read, ask the bureau, then write everything in one transaction.</summary>
    private sealed class Batch(
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

        private void Arrears(PersonRow person, List<ContributionPeriod> own)
        {
            foreach (var period in own.Where(p => p.IsOverdue(today)))
            {
                period.MarkInArrears(_month, today);
                MarkChanged(period);
                summary.InArrears++;
                Notify(person.Id, $"arrears:{person.Id}:{period.Period}", ArrearsKind,
                    $"您 {period.Period} 的养老保险费未能按期缴纳，已记为欠费，该期间不计入缴费年限。请尽快补缴或联系经办机构。",
                    $"Your pension contribution for {period.Period} was not paid in time and is now in arrears; those months do not count towards your contribution years. Please pay or contact the social insurance office.");
                summary.ArrearsNotices++;

                var inArrears = own.Count(p => p.Status == ContributionPeriodStatus.InArrears);
                if (settings.ArrearsBeforeSuspensionNotice > 0 && inArrears >= settings.ArrearsBeforeSuspensionNotice)
                {
                    Notify(person.Id, $"arrears-review:{person.Id}:{period.Period}", ReviewKind,
                        $"您已有 {inArrears} 个缴费期间欠费，经办机构将对您的参保记录进行核查。如已不再灵活就业，请办理停保。",
                        $"You now have {inArrears} contribution periods in arrears; the social insurance office will review your record. If you no longer work flexibly, please apply for suspension.");
                    summary.ReviewNotices++;
                }
            }
        }

        private void Remind(PersonRow person, List<ContributionPeriod> own, HashSet<Guid> signed)
        {
            var failedLast = LastDeductionFailed(own);
            if (signed.Contains(person.Id) && !failedLast)
            {
                return;
            }

            foreach (var period in own.Where(p => p.Status != ContributionPeriodStatus.Paid))
            {
                var deduction = deductions.DateOf(period);
                if (today >= deduction)
                {
                    continue;
                }

                var daysBefore = deduction.DayNumber - today.DayNumber;
                // The nearest reminder whose day has come; one missed run does not send the earlier ones late.
                var offset = _policies.For(period.Period.Start.Year).Policy.ReminderOffsetsDays
                    .Where(o => o >= daysBefore).DefaultIfEmpty(-1).Min();
                if (offset < 0)
                {
                    continue;
                }

                var why = signed.Contains(person.Id)
                    ? ("上期扣款未成功，请确认银行账户余额充足", "your last deduction failed; please make sure the account holds enough money")
                    : ("您尚未签订有效的税银扣款协议，请尽快签订", "you have no valid deduction agreement yet; please sign one");
                Notify(person.Id, $"reminder:{person.Id}:{period.Period}:{offset}", ReminderKind,
                    $"{period.Period} 的养老保险费将于 {deduction:yyyy-MM-dd} 扣缴，应缴 {period.Amount.Total} 元；{why.Item1}。",
                    $"Your pension contribution for {period.Period} ({period.Amount.Total} yuan) will be deducted on {deduction:yyyy-MM-dd}; {why.Item2}.");
                summary.Reminders++;
            }
        }

        /// <summary>The latest period whose deduction day has passed: failed if it has a failed attempt and is not paid.</summary>
        private bool LastDeductionFailed(List<ContributionPeriod> own)
        {
            var last = own.Where(p => today > deductions.DateOf(p)).MaxBy(p => p.Period.Start);
            return last is not null && last.Status != ContributionPeriodStatus.Paid && last.FailedAttempts > 0;
        }

        private async Task<HashSet<Guid>> SignedAgreementsAsync(
            List<PersonRow> persons, Dictionary<Guid, List<ContributionPeriod>> periodsByPerson, CancellationToken ct)
        {
            var maxOffset = _policies.For(today.Year).Policy.ReminderOffsetsDays.DefaultIfEmpty(0).Max();
            var candidates = persons
                .Where(p => periodsByPerson.TryGetValue(p.Id, out var own) && own.Any(x =>
                    x.Status != ContributionPeriodStatus.Paid
                    && deductions.DateOf(x).DayNumber - today.DayNumber is var days && days > 0 && days <= Math.Max(maxOffset, 31)))
                .Select(p => p.Id)
                .ToList();
            if (candidates.Count == 0)
            {
                return [];
            }

            var signed = await db.DeductionAgreements.AsNoTracking()
                .Where(a => candidates.Contains(a.PersonId) && a.Status == DeductionAgreementStatus.Signed)
                .Select(a => a.PersonId)
                .ToListAsync(ct);
            return [.. signed];
        }

        private void MarkChanged(ContributionPeriod period)
        {
            if (!_created.Contains(period) && !_changed.Contains(period))
            {
                _changed.Add(period);
            }
        }

        private void Notify(Guid personId, string key, string kind, string zh, string en) =>
            _notifications.Add(new CaseNotification
            {
                Id = KeyedId(key),
                // No case stands behind these: the person's id keys their message box.
                ApplicationId = personId,
                InstanceId = Guid.Empty,
                ElementId = NotificationSource,
                Kind = kind,
                TextZh = zh,
                TextEn = en,
                CreatedAt = now,
            });

        private async Task WriteAsync(CancellationToken ct)
        {
            if (_created.Count == 0 && _changed.Count == 0 && _notifications.Count == 0)
            {
                return;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var tx = transaction.GetDbTransaction();
            var connection = db.Database.GetDbConnection();

            if (_created.Count > 0)
            {
                await using var insert = writer.Command(connection, tx, """
                    INSERT INTO case_contribution_periods ("Id", "PersonId", "Period", "Amount", "Status", "FailedAttempts", "LastFailureReason", "PaidOn", "DeductOn", "RefundedMonths")
                    VALUES (@id, @person, @period, @amount, @status, @attempts, @reason, @paid, @deductOn, 0)
                    ON CONFLICT ("PersonId", "Period") DO NOTHING
                    """, "@id", "@person", "@period", "@amount", "@status", "@attempts", "@reason", "@paid", "@deductOn");
                foreach (var period in _created)
                {
                    var inserted = await writer.RunAsync(insert, ct,
                        writer.Id(period.Id), writer.Id(period.PersonId), DomainConverters.Period.ConvertToProvider(period.Period)!,
                        DomainConverters.Amount.ConvertToProvider(period.Amount)!, period.Status.ToString(), period.FailedAttempts,
                        (object?)period.LastFailureReason ?? DBNull.Value, writer.Date(period.PaidOn), writer.Date(period.DeductOn));
                    summary.PeriodsCreated += inserted;
                }
            }

            // A result row is the key of its effect: recorded in the same transaction, so the effect happens once.
            if (_results.Count > 0)
            {
                await using var record = writer.Command(connection, tx, """
                    INSERT INTO case_deduction_results ("ResultId", "PeriodId", "Outcome", "RecordedOn")
                    VALUES (@result, @period, @outcome, @on)
                    ON CONFLICT ("ResultId") DO NOTHING
                    """, "@result", "@period", "@outcome", "@on");
                foreach (var (resultId, period, outcome) in _results)
                {
                    await writer.RunAsync(record, ct, resultId, period.Id.ToString(), outcome, today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }
            }

            if (_changed.Count > 0)
            {
                await using var update = writer.Command(connection, tx, """
                    UPDATE case_contribution_periods
                    SET "Status" = @status, "FailedAttempts" = @attempts, "LastFailureReason" = @reason, "PaidOn" = @paid
                    WHERE "Id" = @id
                    """, "@status", "@attempts", "@reason", "@paid", "@id");
                foreach (var period in _changed)
                {
                    await writer.RunAsync(update, ct,
                        period.Status.ToString(), period.FailedAttempts, (object?)period.LastFailureReason ?? DBNull.Value,
                        writer.Date(period.PaidOn), writer.Id(period.Id));
                }
            }

            if (_credits.Count > 0)
            {
                await using var credit = writer.Command(connection, tx,
                    "UPDATE case_insured_persons SET \"FlexibleMonths\" = \"FlexibleMonths\" + @months WHERE \"Id\" = @id", "@months", "@id");
                foreach (var (personId, months) in _credits.Where(c => c.Value > 0))
                {
                    await writer.RunAsync(credit, ct, months, writer.Id(personId));
                }
            }

            if (_notifications.Count > 0)
            {
                await using var notify = writer.Command(connection, tx, """
                    INSERT INTO case_notifications ("Id", "ApplicationId", "InstanceId", "ElementId", "Kind", "TextZh", "TextEn", "CreatedAt")
                    VALUES (@id, @application, @instance, @element, @kind, @zh, @en, @at)
                    ON CONFLICT ("Id") DO NOTHING
                    """, "@id", "@application", "@instance", "@element", "@kind", "@zh", "@en", "@at");
                foreach (var n in _notifications)
                {
                    await writer.RunAsync(notify, ct,
                        writer.Id(n.Id), writer.Id(n.ApplicationId), writer.Id(n.InstanceId), n.ElementId, n.Kind, n.TextZh, n.TextEn, writer.Time(n.CreatedAt));
                }
            }

            await transaction.CommitAsync(ct);
        }
    }

    /// <summary>Column values as each provider's EF mapping stores them (SQLite: Guid as upper-case text, dates as text, instants as UTC ticks).</summary>
    private sealed class Writer(bool sqlite)
    {
        public object Id(Guid id) => sqlite ? id.ToString().ToUpperInvariant() : id;

        public object Date(DateOnly? date) =>
            date is not { } d ? DBNull.Value : sqlite ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d;

        public object Time(DateTimeOffset at) => sqlite ? at.UtcTicks : at.ToUniversalTime();

        public DbParameter Add(DbCommand command, string name, object value)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
            return parameter;
        }

        public DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, params string[] names)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var name in names)
            {
                Add(command, name, DBNull.Value);
            }

            return command;
        }

        public Task<int> RunAsync(DbCommand command, CancellationToken ct, params object[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i];
            }

            return command.ExecuteNonQueryAsync(ct);
        }
    }
}
