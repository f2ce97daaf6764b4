namespace SocialInsurance.Api.Infrastructure.PolicyData;

/// <summary>One holiday or make-up working day; the date is the key, so a date can only ever be one of the two.</summary>
public sealed class CalendarDayRow
{
    public const string HolidayKind = "Holiday";
    public const string MakeUpWorkingDayKind = "MakeUpWorkingDay";

    public DateOnly Date { get; set; }
    public int Year { get; set; }
    public required string Kind { get; set; }
    public string? Name { get; set; }
}
