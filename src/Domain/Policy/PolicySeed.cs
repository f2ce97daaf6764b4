using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Policy;

/// <summary>
/// The seeded policy rows; administrators replace or extend them. Only 2021 and (probably) 2024 have sourced limits
/// (DOMAIN-SOURCES §2.3, open question 1); 2022 (§2.4, unusable), 2023, 2025 and 2026 have none, so they are not
/// seeded and borrow the latest earlier row — administrators see that warning and enter the year when it is published.
/// </summary>
public static class PolicySeed
{
    /// <summary>Every seeded row, oldest first.</summary>
    public static IReadOnlyList<PolicyYear> All => [Urumqi2021, Xinjiang2024];


    /// <summary>
    /// The only Xinjiang figures found: Urumqi's 2021 notice (DOMAIN-SOURCES §2.3, medium confidence). The lower limit
    /// 3,681 is below 60% of 6,531 (a frozen or transitional figure) and is seeded as published. Free mode because
    /// the notice describes a continuous range (§2.2).
    /// </summary>
    public static PolicyYear Urumqi2021 { get; } = new(
        Year: 2021,
        AverageMonthlyWage: Money.FromYuan(6531m),
        BaseLowerLimit: Money.FromYuan(3681m),
        BaseUpperLimit: Money.FromYuan(19593m),
        GradeMode: GradeMode.Free,
        Grades: PolicyYear.DefaultGrades,
        Rate: 0.20m,
        PersonalAccountRate: 0.08m,
        PooledRate: 0.12m,
        DeductionDay: 20,
        ReminderOffsetsDays: [7, 3, 1],
        AllowPastYearArrears: false,
        FemaleFlexibleWorkerOriginalRetirementAge: 55,
        Source: "Urumqi 2021 (乌鲁木齐市 2021 年灵活就业人员缴费通知, machine-translated copy at "
            + "http://isslerlaw.com/socialsecurityinquiry/hdsmhifenf.html; DOMAIN-SOURCES §2.3). Rate/split: §3.1. "
            + "Female original retirement age 55: §1.8 (no Xinjiang text). No past-year arrears: §3.4 (no Xinjiang text).",
        Confidence: Confidence.Medium);

    /// <summary>
    /// Xinjiang's pension base limits 4,999–24,996 元/月 from a public salary calculator's data table (GitHub
    /// jiabin-xu/salary-calculator, src/data/data.md, citing the Xinjiang tax bureau), probably 2024 (DOMAIN-SOURCES
    /// open question 1): low confidence. The average 8,332 元/月 is not published there; it is the upper limit's
    /// 300 % basis (24,996 = 300 % × 8,332, as the notes compute), and 60 % of it is the lower limit (4,999.2).
    /// Everything else as 2021: the national 20 % rate and split (§3.1); the 20th as deduction day is Urumqi's 2021
    /// practice (§2.3(d), §6.4), not confirmed for 2024.
    /// </summary>
    public static PolicyYear Xinjiang2024 { get; } = Urumqi2021 with
    {
        Year = 2024,
        AverageMonthlyWage = Money.FromYuan(8332m),
        BaseLowerLimit = Money.FromYuan(4999m),
        BaseUpperLimit = Money.FromYuan(24996m),
        Source = "Xinjiang 2024 (probably): pension base 4,999–24,996 元/月 from the data table of the public salary calculator "
            + "jiabin-xu/salary-calculator (src/data/data.md, citing 国家税务总局新疆维吾尔自治区税务局); average 8,332 元/月 = "
            + "24,996 / 300 % (DOMAIN-SOURCES open question 1). Rate/split: §3.1. Deduction day 20: Urumqi 2021 practice (§2.3(d)). "
            + "Female original retirement age 55: §1.8. No past-year arrears: §3.4. Replace with the official joint notice of "
            + "新疆人社厅 and the Xinjiang tax bureau when found.",
        Confidence = Confidence.Low,
    };
}
