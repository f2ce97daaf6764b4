using System.Globalization;
using Microsoft.Data.Sqlite;
using SocialInsurance.Domain.Reference;

namespace SocialInsurance.Api.Benchmarks;

public static partial class ReportsBench
{
    private static readonly string[] Services = ["NewEnrollment", "Resumption", "Suspension"];
    private static readonly string[] ProcessKeys = ["newEnrollment", "resumption", "suspension"];

    /// <summary>
    /// A year of cases ending today (China time): services 70/20/10, regions weighted towards Urumqi, 95 % decided
    /// 2 hours to 20 days after submission (85 % approved, 8 % after a supplement request), approved 新参保/续保 completed
    /// 0–10 days later once the agreement is signed, rejections and 停保 completed at the decision; the 5 % undecided wait
    /// in the inbox offered to the province group and their region's group, due 10 days after submission. One review
    /// task per case (completed or open), 4,000 incidents. Rows go in with prepared statements, 50,000 per transaction.
    /// </summary>
    private static async Task<string> GenerateAsync(string file, int cases)
    {
        var random = new Random(20261205);
        var regions = RegionCatalog.DefaultRegions.Select(r => r.Code.Value).ToArray();
        var regionWeights = regions.Select((_, i) => i == 0 ? 8.0 : 1.0).ToArray();
        var now = DateTimeOffset.UtcNow;
        await using var connection = new SqliteConnection($"Data Source={file};Foreign Keys=False;Pooling=False");
        await connection.OpenAsync();
        await Exec(connection, "PRAGMA synchronous=OFF;");
        // 1 GiB of page cache for this connection: the tasks' and candidates' keys are random GUIDs, and with the
        // default 2 MiB nearly every insert into their B-trees read a page back from the file.
        await Exec(connection, "PRAGMA cache_size=-1048576;");

        var fact = await SqliteInsert.PrepareAsync(connection, "case_report_facts");
        var task = await SqliteInsert.PrepareAsync(connection, "wf_tasks");
        var candidate = await SqliteInsert.PrepareAsync(connection, "wf_task_candidates");
        var incident = await SqliteInsert.PrepareAsync(connection, "wf_incidents");
        var open = 0;
        // In submission order, with time-ordered ids, as the service writes them: the engine's tasks are Version 7 GUIDs
        // made when the task is created, so the open tasks (the recent ones, mostly) sit together at the end of the
        // tasks' and the candidates' keys. Random ids in random order (the first seeds) scattered them and made every
        // open task's lookup a cold read.
        var submissions = Enumerable.Range(0, cases).Select(_ => now.AddSeconds(-random.NextDouble() * 365 * 86400)).Order().ToArray();
        var transaction = connection.BeginTransaction();
        for (var i = 0; i < cases; i++)
        {
            if (i > 0 && i % 50_000 == 0)
            {
                transaction.Commit();
                transaction.Dispose();
                transaction = connection.BeginTransaction();
            }

            var s = random.NextDouble() switch { < 0.7 => 0, < 0.9 => 1, _ => 2 };
            var region = regions[Pick(random, regionWeights)];
            var submitted = submissions[i];
            var decided = random.NextDouble() < 0.95 ? submitted.AddHours(2 + (random.NextDouble() * random.NextDouble() * 478)) : (DateTimeOffset?)null;
            if (decided > now)
            {
                decided = null;
            }

            var approved = decided is not null && random.NextDouble() < 0.85;
            var supplement = decided is not null && random.NextDouble() < 0.08 ? submitted.AddHours((decided.Value - submitted).TotalHours / 2) : (DateTimeOffset?)null;
            DateTimeOffset? completed = decided is null ? null : approved && s != 2 ? decided.Value.AddHours(random.NextDouble() * 240) : decided;
            if (completed > now)
            {
                completed = null;
            }

            var id = Guid.CreateVersion7(submitted);
            fact.Run(transaction, new Dictionary<string, object?>
            {
                ["ApplicationId"] = id, ["Service"] = Services[s], ["Region"] = region,
                ["Status"] = completed is not null ? "Completed" : decided is not null ? (approved ? "Approved" : "Rejected") : "UnderReview",
                ["SubmittedAt"] = submitted.UtcTicks, ["SubmittedDay"] = Day(submitted),
                ["Outcome"] = decided is null ? null : approved ? "Approved" : "Rejected",
                ["DecidedAt"] = decided?.UtcTicks, ["DecidedDay"] = Day(decided), ["DecisionSeconds"] = Seconds(submitted, decided),
                ["CompletedAt"] = completed?.UtcTicks, ["CompletedDay"] = Day(completed), ["CompletionSeconds"] = Seconds(submitted, completed),
                ["SupplementDay"] = Day(supplement), ["SupplementRequests"] = supplement is null ? 0 : 1,
            });
            var taskId = Guid.CreateVersion7(submitted);
            task.Run(transaction, new Dictionary<string, object?>
            {
                ["Id"] = taskId, ["InstanceId"] = Guid.NewGuid(), ["TokenId"] = 1, ["ElementId"] = "reviewApplication",
                ["Name"] = "审核申请 Review application", ["ProcessKey"] = ProcessKeys[s], ["ProcessVersion"] = 1,
                ["BusinessKey"] = id.ToString("D"), ["FormKey"] = "review-application.form",
                ["Assignee"] = decided is null ? null : "reviewer1", ["CreatedAt"] = submitted.UtcTicks,
                ["DueAt"] = submitted.AddDays(10).UtcTicks, ["Status"] = decided is null ? "Created" : "Completed",
                ["EndedAt"] = decided?.UtcTicks, ["CompletedBy"] = decided is null ? null : "reviewer1", ["ConcurrencyStamp"] = 1L,
            });
            foreach (var group in new[] { "reviewers-65", "reviewers-" + region })
            {
                candidate.Run(transaction, new Dictionary<string, object?> { ["TaskId"] = taskId, ["Kind"] = "Group", ["Value"] = group });
            }

            open += decided is null ? 1 : 0;
        }

        const int incidents = 4_000;
        for (var i = 0; i < incidents; i++)
        {
            var at = now.AddSeconds(-random.NextDouble() * 365 * 86400);
            incident.Run(transaction, new Dictionary<string, object?>
            {
                ["Id"] = Guid.NewGuid(), ["InstanceId"] = Guid.NewGuid(), ["TokenId"] = 1, ["ProcessKey"] = ProcessKeys[random.Next(3)],
                ["ElementId"] = "registerEnrollment", ["ElementType"] = "serviceTask", ["Message"] = "税务局接口超时 / tax bureau timed out",
                ["CreatedAt"] = at.UtcTicks, ["ResolvedAt"] = random.NextDouble() < 0.9 ? at.AddHours(3).UtcTicks : null,
                ["ResolvedBy"] = "admin1",
            });
        }

        transaction.Commit();
        transaction.Dispose();
        await Exec(connection, "ANALYZE;");
        // A year of inserts leaves the WAL several times the database's size (7 GiB beside 1.2 GiB, seen); a database in
        // service is checkpointed as it goes, so the timed reads should not look pages up through that WAL.
        await Exec(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
        return $"{cases:N0} cases ({open:N0} open), {cases:N0} tasks, {2 * cases:N0} candidate rows, {incidents:N0} incidents";
    }

    private static int Pick(Random random, double[] weights)
    {
        var x = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            if ((x -= weights[i]) < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    private static int? Day(DateTimeOffset? at) => at is { } t ? int.Parse(t.ToOffset(TimeSpan.FromHours(8)).ToString("yyyyMMdd", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : null;

    private static long? Seconds(DateTimeOffset from, DateTimeOffset? to) => to is { } end ? (long)(end - from).TotalSeconds : null;
}
