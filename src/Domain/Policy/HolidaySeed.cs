namespace SocialInsurance.Domain.Policy;

/// <summary>
/// The 放假安排 seeded on first start. Entered by hand from the State Council General Office notices; an administrator
/// should check them against the published text (docs/domain.md), and adds each later year the same way.
/// </summary>
public static class HolidaySeed
{
    public static IReadOnlyList<HolidaySchedule> All { get; } = [Year2025, Year2026];

    public static HolidaySchedule Year2025 => new(
        2025,
        [
            .. Days("元旦", 2025, 1, 1, 1, 1),
            .. Days("春节", 2025, 1, 28, 2, 4),
            .. Days("清明节", 2025, 4, 4, 4, 6),
            .. Days("劳动节", 2025, 5, 1, 5, 5),
            .. Days("端午节", 2025, 5, 31, 6, 2),
            .. Days("国庆节、中秋节", 2025, 10, 1, 10, 8),
        ],
        [new(2025, 1, 26), new(2025, 2, 8), new(2025, 4, 27), new(2025, 9, 28), new(2025, 10, 11)],
        "国务院办公厅关于2025年部分节假日安排的通知 (State Council General Office notice on the 2025 holiday arrangements); "
            + "entered by hand, to be checked by an administrator.");

    public static HolidaySchedule Year2026 => new(
        2026,
        [
            .. Days("元旦", 2026, 1, 1, 1, 3),
            .. Days("春节", 2026, 2, 15, 2, 23),
            .. Days("清明节", 2026, 4, 4, 4, 6),
            .. Days("劳动节", 2026, 5, 1, 5, 5),
            .. Days("端午节", 2026, 6, 19, 6, 21),
            .. Days("中秋节", 2026, 9, 25, 9, 27),
            .. Days("国庆节", 2026, 10, 1, 10, 7),
        ],
        [new(2026, 1, 4), new(2026, 2, 14), new(2026, 2, 28), new(2026, 5, 9), new(2026, 9, 20), new(2026, 10, 10)],
        "国务院办公厅关于2026年部分节假日安排的通知 (State Council General Office notice on the 2026 holiday arrangements); "
            + "entered by hand, to be checked by an administrator.");

    private static IEnumerable<Holiday> Days(string name, int year, int fromMonth, int fromDay, int toMonth, int toDay)
    {
        for (var date = new DateOnly(year, fromMonth, fromDay); date <= new DateOnly(year, toMonth, toDay); date = date.AddDays(1))
        {
            yield return new Holiday(date, name);
        }
    }
}
