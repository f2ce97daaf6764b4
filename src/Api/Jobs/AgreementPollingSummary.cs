namespace SocialInsurance.Api.Jobs;

/// <summary>What one run did; Hangfire keeps it as the job's result for the dashboard.</summary>
public sealed class AgreementPollingSummary
{
    public int Asked { get; set; }
    public int Resumed { get; set; }

    /// <summary>Signed agreements left undelivered because they are for another account than the case declared.</summary>
    public int Mismatched { get; set; }
}
