using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SocialInsurance.Api.Infrastructure.Cases;

namespace SocialInsurance.Api.Jobs;

public sealed partial class ContributionDeadlinesJob
{
    private sealed partial class Batch
    {
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
}
