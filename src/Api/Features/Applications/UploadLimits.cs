
namespace SocialInsurance.Api.Features.Applications;

/// <summary>
/// What one applicant may keep on the server's disk, bound from <c>Uploads</c>, and how fast they may upload. A
/// replaced file is deleted, so an application holds at most one file per material kind (4 × 10 MB); the
/// per-application figure bounds that with room for a file caught between write and save, the per-user one bounds an
/// account that opens draft after draft. The checks read the disk before writing, so two uploads racing each other can
/// overshoot by one file; the rate limit keeps that small.
/// </summary>
public sealed class UploadLimits
{
    public const string Section = "Uploads";

    /// <summary>Rate-limiter policy of the upload route: <c>RateLimiting:Upload:PermitLimit</c> (default 20) per <c>WindowSeconds</c> (60), per user.</summary>
    public const string RatePolicy = "upload";

    public long MaxBytesPerApplication { get; set; } = 50L * 1024 * 1024;

    /// <summary>Across every application of the account, whatever its state (files of submitted cases are kept).</summary>
    public long MaxBytesPerUser { get; set; } = 200L * 1024 * 1024;
}
