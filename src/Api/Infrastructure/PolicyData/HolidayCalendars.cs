using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Domain.Policy;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Api.Infrastructure.PolicyData;

/// <summary>
/// The current <see cref="WorkingDayCalendar"/>: every year's schedule from <c>policy_calendar_days</c>, plus the dates
/// of the <c>Cases:Holidays</c> / <c>Cases:MakeUpWorkingDays</c> configuration (kept working as an addition; where it
/// contradicts a saved schedule, the schedule wins, see <see cref="HolidaySchedule.Calendar"/>).
/// </summary>
public sealed class HolidayCalendars(PolicyDatabase database, CasesOptions options, TimeProvider time)
{
    private readonly RefreshingSnapshot<WorkingDayCalendar> _snapshot = new(time);

    public ValueTask<WorkingDayCalendar> CurrentAsync(CancellationToken ct) => _snapshot.GetAsync(LoadAsync, ct);

    /// <summary>Called after an edit commits.</summary>
    public void Invalidate() => _snapshot.Invalidate();

    private async Task<WorkingDayCalendar> LoadAsync(CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        var schedules = await HolidayRows.ReadAllAsync(db, ct);
        return HolidaySchedule.Calendar(schedules, options.Holidays, options.MakeUpWorkingDays);
    }
}
