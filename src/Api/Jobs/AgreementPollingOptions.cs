using SocialInsurance.Api.Processes;

namespace SocialInsurance.Api.Jobs;

/// <summary>Configuration section <c>Jobs:AgreementPolling</c>.</summary>
public sealed class AgreementPollingOptions
{
    public const string SectionName = "Jobs:AgreementPolling";

    /// <summary>Hangfire cron; every five minutes by default: the bureau validates agreements in real time, applicants expect to see progress soon.</summary>
    public string Cron { get; set; } = "*/5 * * * *";

    /// <summary>
    /// The message the processes wait on. Its correlation key is the applicant's resident ID number — the key the tax
    /// bureau knows a person by — so the poller needs no case data to ask about a waiting instance.
    /// </summary>
    public string MessageName { get; set; } = CaseProcess.Messages.AgreementSigned;

    /// <summary>How many waiting subscriptions are read and asked about per round trip; bounds the job's memory.</summary>
    public int BatchSize { get; set; } = 500;
}
