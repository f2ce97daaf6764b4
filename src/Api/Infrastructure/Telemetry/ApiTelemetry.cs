using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace SocialInsurance.Api.Infrastructure.Telemetry;

/// <summary>
/// The case service's own spans (one per Mediator message) and case metrics. Tags are outcomes, decisions and
/// candidate groups — bounded sets chosen here, never values taken from a request, so no applicant can end up in one.
/// </summary>
public static class ApiTelemetry
{
    public const string Name = "SocialInsurance.Api";

    public static readonly ActivitySource Source = new(Name);

    internal static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Submissions = Meter.CreateCounter<long>(
        "cases.submissions", "{submission}", "Application submissions by outcome (Accepted, Invalid, Conflict, NotFound, NotStarted).");

    private static readonly Counter<long> Decisions = Meter.CreateCounter<long>(
        "cases.decisions", "{decision}", "Completed review tasks by decision (approve, reject, supplement, other).");

    internal static void Submitted(string outcome) => Submissions.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    internal static void Decided(string decision) => Decisions.Add(1, new KeyValuePair<string, object?>("decision", decision));
}
