using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Policy;

/// <summary>
/// One year's 放假安排: the days off and the weekend days turned into working days (调休上班日). The State Council
/// publishes it every November for the next year, so it is data administrators edit, with its <see cref="Source"/>.
/// </summary>
public sealed record HolidaySchedule(int Year, IReadOnlyList<Holiday> Holidays, IReadOnlyList<DateOnly> MakeUpWorkingDays, string Source)
{
    public const int MaxNameLength = 50;

    /// <summary>Every problem in the schedule, each naming the date; empty when it can be saved.</summary>
    public IReadOnlyList<DomainError> Validate()
    {
        var errors = new List<DomainError>();
        void Fail(string code, string zh, string en) => errors.Add(new DomainError($"Holidays.{code}", zh, en));

        if (Year is < 2000 or > 2100)
        {
            Fail("Year", "年度不合理", $"Expected a year between 2000 and 2100, but got {Year}.");
        }

        foreach (var date in Holidays.Select(h => h.Date).Where(d => d.Year != Year).Distinct().Order())
        {
            Fail("OutsideYear", $"节假日 {date:yyyy-MM-dd} 不在 {Year} 年内", $"Expected holidays in {Year}, but {date:yyyy-MM-dd} is not.");
        }

        foreach (var date in MakeUpWorkingDays.Where(d => d.Year != Year).Distinct().Order())
        {
            Fail("WorkingDayOutsideYear", $"调休上班日 {date:yyyy-MM-dd} 不在 {Year} 年内", $"Expected make-up working days in {Year}, but {date:yyyy-MM-dd} is not.");
        }

        foreach (var date in Holidays.GroupBy(h => h.Date).Where(g => g.Count() > 1).Select(g => g.Key).Order())
        {
            Fail("DuplicateHoliday", $"节假日 {date:yyyy-MM-dd} 重复", $"Expected each holiday once, but {date:yyyy-MM-dd} appears more than once.");
        }

        foreach (var date in MakeUpWorkingDays.GroupBy(d => d).Where(g => g.Count() > 1).Select(g => g.Key).Order())
        {
            Fail("DuplicateWorkingDay", $"调休上班日 {date:yyyy-MM-dd} 重复", $"Expected each make-up working day once, but {date:yyyy-MM-dd} appears more than once.");
        }

        foreach (var date in Holidays.Select(h => h.Date).Intersect(MakeUpWorkingDays).Order())
        {
            Fail("Conflict", $"日期 {date:yyyy-MM-dd} 不能既是节假日又是调休上班日", $"Expected a date to be either a holiday or a make-up working day, but {date:yyyy-MM-dd} is both.");
        }

        // A make-up day on a weekday changes nothing, so it is a typing error (a wrong month or day), not a policy.
        foreach (var date in MakeUpWorkingDays.Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).Distinct().Order())
        {
            Fail("WorkingDayNotWeekend", $"调休上班日 {date:yyyy-MM-dd} 须为周六或周日", $"Expected a make-up working day on a Saturday or Sunday, but {date:yyyy-MM-dd} is a {date.DayOfWeek}.");
        }

        foreach (var holiday in Holidays.Where(h => string.IsNullOrWhiteSpace(h.Name) || h.Name.Length > MaxNameLength).DistinctBy(h => h.Date))
        {
            Fail("Name", $"节假日 {holiday.Date:yyyy-MM-dd} 须有名称（不超过 {MaxNameLength} 字）", $"Expected a name of 1 to {MaxNameLength} characters for the holiday on {holiday.Date:yyyy-MM-dd}.");
        }

        if (string.IsNullOrWhiteSpace(Source))
        {
            Fail("Source", "须注明放假安排的来源", "Expected a source for the schedule.");
        }

        return errors;
    }

    /// <summary>
    /// The working-day calendar of several years' schedules plus extra dates (the <c>Cases:Holidays</c> configuration).
    /// Where an extra date contradicts a schedule, the schedule wins: it is the table administrators edit and see, the
    /// configuration is the older, invisible mechanism — and refusing to build a calendar would stop every review.
    /// </summary>
    public static WorkingDayCalendar Calendar(IEnumerable<HolidaySchedule> schedules, IEnumerable<DateOnly> extraHolidays, IEnumerable<DateOnly> extraMakeUpWorkingDays)
    {
        var list = schedules.ToList();
        var holidays = list.SelectMany(s => s.Holidays.Select(h => h.Date)).ToHashSet();
        var workingDays = list.SelectMany(s => s.MakeUpWorkingDays).ToHashSet();
        var scheduled = holidays.Union(workingDays).ToHashSet();
        holidays.UnionWith(extraHolidays.Where(d => !scheduled.Contains(d)));
        workingDays.UnionWith(extraMakeUpWorkingDays.Where(d => !scheduled.Contains(d) && !holidays.Contains(d)));
        return new WorkingDayCalendar(holidays, workingDays);
    }
}
