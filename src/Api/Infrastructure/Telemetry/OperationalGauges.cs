using System.Diagnostics.Metrics;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Workflows.Execution.UserTasks;
using SocialInsurance.Workflows.Persistence;

namespace SocialInsurance.Api.Infrastructure.Telemetry;

/// <summary>
/// Gauges that need the database (open incidents, due and overdue bookmarks, open and overdue tasks, Hangfire's queues).
/// An observable gauge is read on the exporter's thread at every scrape, so it must not query; instead this samples
/// every <c>Telemetry:GaugeIntervalSeconds</c> (30 s) in the background and the gauges report the last sample. One
/// failed sample (the database restarting) is logged as a warning and the previous values stay.
/// </summary>
public sealed class OperationalGauges : BackgroundService
{
    /// <summary>The overdue-bookmark sweep runs every minute; a bookmark due longer than this has been missed by its job.</summary>
    public static readonly TimeSpan OverdueAfter = TimeSpan.FromMinutes(2);

    private readonly IDbContextFactory<WorkflowDbContext> _engine;
    private readonly IServiceProvider _services;
    private readonly TimeProvider _time;
    private readonly TimeSpan _interval;
    private readonly ILogger<OperationalGauges> _logger;
    private volatile OperationalSnapshot _last = OperationalSnapshot.Empty;

    public OperationalGauges(
        IDbContextFactory<WorkflowDbContext> engine,
        IServiceProvider services,
        IMeterFactory meters,
        TimeProvider time,
        IConfiguration configuration,
        ILogger<OperationalGauges> logger)
    {
        _engine = engine;
        _services = services;
        _time = time;
        _logger = logger;
        _interval = TimeSpan.FromSeconds(Math.Max(5, configuration.GetValue("Telemetry:GaugeIntervalSeconds", 30)));
        // From the host's meter factory, not a static meter: each host (two in a test, one in production) reports its own.
        var meter = meters.Create(ApiTelemetry.Name);
        meter.CreateObservableGauge("workflow.incidents.open", () => _last.OpenIncidents, "{incident}", "Incidents not yet resolved.");
        meter.CreateObservableGauge("workflow.bookmarks.due", () => _last.BookmarksDue, "{bookmark}", "Timers and jobs whose time has come and that have not fired yet.");
        meter.CreateObservableGauge("workflow.bookmarks.overdue", () => _last.BookmarksOverdue, "{bookmark}", $"Timers and jobs due more than {OverdueAfter.TotalMinutes:0} minutes ago: the scheduler is behind or down.");
        meter.CreateObservableGauge("cases.tasks.past_due", () => _last.TasksPastDue, "{task}", "Open review tasks past their due date.");
        meter.CreateObservableGauge("cases.tasks.open", () => _last.OpenTasksByGroup.Select(g => new Measurement<long>(g.Value, new KeyValuePair<string, object?>("group", g.Key))), "{task}", "Open tasks offered to each candidate group.");
        meter.CreateObservableGauge("hangfire.jobs", () => _last.HangfireJobsByState.Select(s => new Measurement<long>(s.Value, new KeyValuePair<string, object?>("state", s.Key))), "{job}", "Hangfire jobs by state (enqueued, scheduled, processing, failed).");
        meter.CreateObservableGauge("hangfire.queue.length", () => _last.HangfireQueueLengths.Select(q => new Measurement<long>(q.Value, new KeyValuePair<string, object?>("queue", q.Key))), "{job}", "Jobs waiting in each Hangfire queue.");
    }

    public OperationalSnapshot Last => _last;

    /// <summary>Reads every gauge once (also used by tests, which do not wait for the timer).</summary>
    public async Task<OperationalSnapshot> SampleAsync(CancellationToken ct)
    {
        var now = _time.GetUtcNow();
        var overdueBefore = now - OverdueAfter;
        await using var db = await _engine.CreateDbContextAsync(ct);
        var openIncidents = await db.Incidents.LongCountAsync(i => i.ResolvedAt == null, ct);
        var due = await db.Bookmarks.LongCountAsync(b => b.DueAt != null && b.DueAt <= now, ct);
        var overdue = await db.Bookmarks.LongCountAsync(b => b.DueAt != null && b.DueAt <= overdueBefore, ct);
        var pastDue = await db.Tasks.LongCountAsync(t => t.Status == UserTaskStatus.Created && t.DueAt != null && t.DueAt < now, ct);
        var byGroup = await (
                from candidate in db.TaskCandidates
                join task in db.Tasks on candidate.TaskId equals task.Id
                where task.Status == UserTaskStatus.Created && candidate.Kind == CandidateKind.Group
                group candidate by candidate.Value into g
                select new { Group = g.Key, Count = g.LongCount() })
            .ToDictionaryAsync(g => g.Group, g => g.Count, ct);
        var (states, queues) = ReadHangfire();
        _last = new OperationalSnapshot(openIncidents, due, overdue, pastDue, byGroup, states, queues);
        return _last;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // One delay per pass, not a PeriodicTimer: a clock that jumps (a test's fake clock moved by a month) then costs
        // one sample, not one per interval skipped, each run inline on the thread that moved the clock.
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(_interval, _time, stoppingToken);
            try
            {
                await SampleAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _logger.LogWarning(ex, "Could not sample the operational gauges; they keep their previous values");
            }
        }
    }

    private (Dictionary<string, long> States, Dictionary<string, long> Queues) ReadHangfire()
    {
        var states = new Dictionary<string, long>(StringComparer.Ordinal);
        var queues = new Dictionary<string, long>(StringComparer.Ordinal);
        if (_services.GetService<JobStorage>() is not { } storage)
        {
            return (states, queues);
        }

        var monitoring = storage.GetMonitoringApi();
        var statistics = monitoring.GetStatistics();
        states["enqueued"] = statistics.Enqueued;
        states["scheduled"] = statistics.Scheduled;
        states["processing"] = statistics.Processing;
        states["failed"] = statistics.Failed;
        foreach (var queue in monitoring.Queues())
        {
            queues[queue.Name] = queue.Length;
        }

        return (states, queues);
    }
}
