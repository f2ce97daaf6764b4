using SocialInsurance.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Api.Infrastructure.Cases.Reporting;

/// <summary>
/// Keeps each case's <see cref="CaseReportFact"/> in step with the case, derived afresh from the aggregate's status
/// history whenever the case raises an event (<see cref="DomainEventHandlers"/>) and when it is created: whichever
/// code path moves a case (the applicant's endpoints, a service task inside a step's transaction), the fact commits
/// with it. Cases of a release before the reports get theirs from
/// <see cref="CaseReportFactsBackfill"/> at start-up.
/// </summary>
public static class CaseReportFacts
{
    /// <summary>
    /// Brings the facts of the cases this save adds or moves up to date, each case once however many events it raised.
    /// A new case has no row yet (a draft raises no event, yet counts from its creation): asking the database for it
    /// would be one query for a known answer. The caller has detected the context's changes (the save does, once).
    /// A context whose saves are held back syncs at each of them and again when it writes: a fact it already tracks is
    /// brought up to date in place, never read or added twice.
    /// </summary>
    public static async Task SyncAsync(CaseServiceDbContext db, IReadOnlyCollection<Application> moved, CancellationToken ct)
    {
        // Collected before the loop, which adds facts to the tracker it reads.
        var cases = new HashSet<Application>(moved, ReferenceEqualityComparer.Instance);
        cases.UnionWith(db.ChangeTracker.Entries<Application>().Where(e => e.State is EntityState.Added).Select(e => e.Entity));
        foreach (var application in cases)
        {
            if (db.ReportFacts.Local.FindEntry(application.Id) is { State: not EntityState.Deleted } tracked)
            {
                Apply(application, tracked.Entity);
            }
            else if (db.Entry(application).State is not EntityState.Added && await db.ReportFacts.FindAsync([application.Id], ct) is { } fact)
            {
                Apply(application, fact);
            }
            else
            {
                db.ReportFacts.Add(await CreateAsync(db, application, ct));
            }
        }
    }

    /// <summary>A case's fact as of now (not yet added to the context).</summary>
    public static async Task<CaseReportFact> CreateAsync(CaseServiceDbContext db, Application application, CancellationToken ct)
    {
        var fact = new CaseReportFact
        {
            ApplicationId = application.Id,
            Service = application.Type.ToString(),
            Region = await RegionOfAsync(db, application, ct),
            Status = application.Status.ToString(),
        };
        Apply(application, fact);
        return fact;
    }

    /// <summary>Sets every milestone from the history; exposed for the benchmark's generator and tests.</summary>
    public static void Apply(Application application, CaseReportFact fact)
    {
        fact.Status = application.Status.ToString();
        var history = application.History;
        var submitted = history.FirstOrDefault(h => h.To == ApplicationStatus.Submitted)?.At ?? application.SubmittedAt;
        var decision = history.LastOrDefault(h => h.To is ApplicationStatus.Approved or ApplicationStatus.Rejected);
        var completed = history.FirstOrDefault(h => h.To == ApplicationStatus.Completed)?.At;
        var supplements = history.Where(h => h.To == ApplicationStatus.SupplementRequested).ToList();

        fact.SubmittedAt = submitted;
        fact.SubmittedDay = Day(submitted);
        fact.Outcome = decision?.To.ToString();
        fact.DecidedAt = decision?.At;
        fact.DecidedDay = Day(decision?.At);
        fact.DecisionSeconds = Seconds(submitted, decision?.At);
        fact.CompletedAt = completed;
        fact.CompletedDay = Day(completed);
        fact.CompletionSeconds = Seconds(submitted, completed);
        fact.SupplementRequests = supplements.Count;
        fact.SupplementDay = Day(supplements.FirstOrDefault()?.At);
    }

    public static int? Day(DateTimeOffset? at) => at is { } instant ? DayNumber(ChinaTime.ToBusinessDate(instant)) : null;

    public static int DayNumber(DateOnly date) => (date.Year * 10000) + (date.Month * 100) + date.Day;

    public static DateOnly FromDayNumber(int day) => new(day / 10000, day / 100 % 100, day % 100);

    private static long? Seconds(DateTimeOffset? from, DateTimeOffset? to) =>
        from is { } start && to is { } end ? Math.Max(0, (long)(end - start).TotalSeconds) : null;

    private static async Task<string> RegionOfAsync(CaseServiceDbContext db, Application application, CancellationToken ct)
    {
        switch (application.Details)
        {
            case NewEnrollmentDetails enrollment:
                return enrollment.Region.Value;
            case ResumptionDetails resumption:
                return resumption.Region.Value;
            default:
                // 停保 names no region: it is the one the person is insured in.
                var person = await db.InsuredPersons.AsNoTracking()
                    .Where(p => p.IdNumber == application.Applicant)
                    .Select(p => p.Region)
                    .FirstOrDefaultAsync(ct);
                return person?.Value ?? "";
        }
    }
}
