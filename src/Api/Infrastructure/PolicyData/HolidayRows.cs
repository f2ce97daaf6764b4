using SocialInsurance.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Domain.Policy;

namespace SocialInsurance.Api.Infrastructure.PolicyData;

/// <summary><see cref="HolidaySchedule"/>s to rows and back.</summary>
public static class HolidayRows
{
    public static async Task<HolidaySchedule?> ReadAsync(CaseServiceDbContext db, int year, CancellationToken ct)
    {
        var entered = await db.HolidayYears.AsNoTracking().FirstOrDefaultAsync(y => y.Year == year, ct);
        if (entered is null)
        {
            return null;
        }

        var days = await db.CalendarDays.AsNoTracking().Where(d => d.Year == year).ToListAsync(ct);
        return ToSchedule(entered, days);
    }

    public static async Task<List<HolidaySchedule>> ReadAllAsync(CaseServiceDbContext db, CancellationToken ct)
    {
        var years = await db.HolidayYears.AsNoTracking().ToListAsync(ct);
        var days = (await db.CalendarDays.AsNoTracking().ToListAsync(ct)).ToLookup(d => d.Year);
        return [.. years.Select(y => ToSchedule(y, days[y.Year]))];
    }

    /// <summary>
    /// Replaces the year's days and source. The deletes run at once, so the caller holds a transaction around this and
    /// its <c>SaveChanges</c>: bulk deletes rather than tracked removals, because a date may stay or move kinds and EF
    /// will not track a removed and an added row under one key.
    /// </summary>
    public static async Task ReplaceAsync(CaseServiceDbContext db, HolidaySchedule schedule, string actor, DateTimeOffset at, CancellationToken ct)
    {
        await db.CalendarDays.Where(d => d.Year == schedule.Year).ExecuteDeleteAsync(ct);
        await db.HolidayYears.Where(y => y.Year == schedule.Year).ExecuteDeleteAsync(ct);
        Add(db, schedule, actor, at);
    }

    public static void Add(CaseServiceDbContext db, HolidaySchedule schedule, string actor, DateTimeOffset at)
    {
        db.HolidayYears.Add(new HolidayYearRow { Year = schedule.Year, Source = schedule.Source, UpdatedAt = at, UpdatedBy = actor });
        db.CalendarDays.AddRange(schedule.Holidays.Select(h => new CalendarDayRow
        {
            Date = h.Date, Year = schedule.Year, Kind = CalendarDayRow.HolidayKind, Name = h.Name,
        }));
        db.CalendarDays.AddRange(schedule.MakeUpWorkingDays.Select(d => new CalendarDayRow
        {
            Date = d, Year = schedule.Year, Kind = CalendarDayRow.MakeUpWorkingDayKind,
        }));
    }

    private static HolidaySchedule ToSchedule(HolidayYearRow year, IEnumerable<CalendarDayRow> days)
    {
        var list = days.OrderBy(d => d.Date).ToList();
        return new HolidaySchedule(
            year.Year,
            [.. list.Where(d => d.Kind == CalendarDayRow.HolidayKind).Select(d => new Holiday(d.Date, d.Name ?? ""))],
            [.. list.Where(d => d.Kind == CalendarDayRow.MakeUpWorkingDayKind).Select(d => d.Date)],
            year.Source);
    }
}
