namespace SocialInsurance.Domain.SeedWork;

/// <summary>
/// Counts working days the way the 10-working-day review limit of 《社会保险经办条例》 does (DOMAIN-SOURCES §5.1):
/// weekends and public holidays are skipped, and the weekend days the State Council turns into working days (调休)
/// count. The holiday and make-up tables are published yearly, so both are data administrators edit
/// (<see cref="Policy.HolidaySchedule"/>), not code.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _makeUpWorkingDays;

    public WorkingDayCalendar(IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> makeUpWorkingDays)
    {
        _holidays = [.. holidays];
        _makeUpWorkingDays = [.. makeUpWorkingDays];
        var both = _holidays.Intersect(_makeUpWorkingDays).ToList();
        if (both.Count > 0)
        {
            throw new DomainException(new DomainError(
                "Calendar.Conflict",
                $"日期 {both[0]:yyyy-MM-dd} 不能既是节假日又是调休工作日",
                $"Expected a date to be either a holiday or a make-up working day, but {both[0]:yyyy-MM-dd} is both."));
        }
    }

    /// <summary>Weekends only; for tests and for a deployment that has not loaded a holiday table yet.</summary>
    public static WorkingDayCalendar WeekendsOnly { get; } = new([], []);

    public bool IsWorkingDay(DateOnly date)
    {
        if (_makeUpWorkingDays.Contains(date))
        {
            return true;
        }

        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(date);
    }

    /// <summary>
    /// The date on which <paramref name="workingDays"/> working days after <paramref name="start"/> have passed; the
    /// start day itself does not count, as a limit "within N working days" starts the day after receipt.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var date = start;
        var remaining = workingDays;
        while (remaining > 0)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                remaining--;
            }
        }

        return date;
    }

    /// <summary>Working days strictly after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }
}
