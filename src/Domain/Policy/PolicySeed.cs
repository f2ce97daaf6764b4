using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Policy;

/// <summary>The seeded policy rows; administrators replace or extend them.</summary>
public static class PolicySeed
{
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
}
