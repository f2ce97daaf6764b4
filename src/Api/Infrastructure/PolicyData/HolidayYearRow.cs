namespace SocialInsurance.Api.Infrastructure.PolicyData;

/// <summary>
/// That a year's 放假安排 has been entered (seeded or saved), with its source. Kept apart from the days so a year saved
/// with no dates still counts as entered and is not seeded again on the next start.
/// </summary>
public sealed class HolidayYearRow
{
    public int Year { get; set; }
    public required string Source { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
}
