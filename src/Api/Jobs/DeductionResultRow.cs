namespace SocialInsurance.Api.Jobs;

/// <summary>A deduction result the contribution job recorded, keyed by the tax bureau's ResultId (read and written by the job's own SQL).</summary>
public sealed class DeductionResultRow
{
    public required string ResultId { get; init; }

    public required string PeriodId { get; init; }

    public required string Outcome { get; init; }

    /// <summary>The China-time day it was recorded, <c>yyyy-MM-dd</c>.</summary>
    public required string RecordedOn { get; init; }
}
