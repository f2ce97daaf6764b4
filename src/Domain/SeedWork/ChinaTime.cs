namespace SocialInsurance.Domain.SeedWork;

/// <summary>
/// Business dates are those of China Standard Time (Asia/Shanghai). A fixed UTC+8 offset is exact — China has had
/// no daylight saving since 1991 — and avoids depending on the host's time-zone database, which minimal containers
/// often lack. Servers run in UTC, so "today" computed from the server clock would be wrong between 00:00 and 08:00.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset ToChinaTime(DateTimeOffset instant) => instant.ToOffset(Offset);

    public static DateOnly ToBusinessDate(DateTimeOffset instant) => DateOnly.FromDateTime(ToChinaTime(instant).DateTime);

    public static YearMonth ToBusinessMonth(DateTimeOffset instant) => YearMonth.From(ToBusinessDate(instant));

    public static DateOnly Today(TimeProvider clock) => ToBusinessDate(clock.GetUtcNow());

    public static YearMonth CurrentMonth(TimeProvider clock) => ToBusinessMonth(clock.GetUtcNow());
}
