using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Policy;

/// <summary>
/// One calendar year's contribution parameters, edited by administrators. Every figure that came from research
/// carries its <see cref="Source"/> and <see cref="Confidence"/>, because most were found only second-hand
/// (DOMAIN-SOURCES caveat) and must stay correctable without a release.
/// </summary>
/// <param name="Grades">Fractions of the average wage offered as 档次 in <see cref="GradeMode.Fixed"/> mode (0.60 = 60%).</param>
/// <param name="DeductionDay">Day of the month the deduction runs (Urumqi 2021: the 20th, §2.3(d)).</param>
/// <param name="ReminderOffsetsDays">Days before the deduction day on which to remind someone at risk of a failed deduction.</param>
/// <param name="AllowPastYearArrears">Whether a period of an earlier calendar year may still be paid (§3.4: many provinces forbid it).</param>
/// <param name="FemaleFlexibleWorkerOriginalRetirementAge">50 or 55: which reform track women flexible workers follow (§1.8).</param>
public sealed record PolicyYear(
    int Year,
    Money AverageMonthlyWage,
    Money BaseLowerLimit,
    Money BaseUpperLimit,
    GradeMode GradeMode,
    IReadOnlyList<decimal> Grades,
    decimal Rate,
    decimal PersonalAccountRate,
    decimal PooledRate,
    int DeductionDay,
    IReadOnlyList<int> ReminderOffsetsDays,
    bool AllowPastYearArrears,
    int FemaleFlexibleWorkerOriginalRetirementAge,
    string Source,
    Confidence Confidence)
{
    /// <summary>60%, 70%, … 300%: the grades some provinces show (DOMAIN-SOURCES open question 2).</summary>
    public static IReadOnlyList<decimal> DefaultGrades { get; } =
        [.. Enumerable.Range(6, 25).Select(tenths => tenths / 10m)];

    /// <summary>
    /// The amounts a <see cref="GradeMode.Fixed"/> year offers: average × grade, rounded half up to whole yuan —
    /// notices state bases in whole yuan (3,681 / 19,593, §2.3) — and held within the limits, so a grade never
    /// offers a base the same year's limits would refuse.
    /// </summary>
    public IReadOnlyList<Money> GradeAmounts =>
        [.. Grades.Select(grade => Clamp((AverageMonthlyWage * grade).RoundToYuan())).Distinct().Order()];

    /// <summary>Every reason the base cannot be used this year; empty when it can.</summary>
    public IReadOnlyList<DomainError> CheckBase(ContributionBase contributionBase)
    {
        var amount = contributionBase.Monthly;
        var errors = new List<DomainError>();
        if (amount < BaseLowerLimit || amount > BaseUpperLimit)
        {
            errors.Add(new DomainError(
                "ContributionBase.OutOfRange",
                $"{Year} 年缴费基数应在 {BaseLowerLimit} 至 {BaseUpperLimit} 元之间，当前为 {amount} 元",
                $"The {Year} contribution base must be between {BaseLowerLimit} and {BaseUpperLimit} yuan, but is {amount}."));
        }

        if (GradeMode == GradeMode.Fixed && !GradeAmounts.Contains(amount))
        {
            errors.Add(new DomainError(
                "ContributionBase.NotAGrade",
                $"{Year} 年缴费基数须从档次中选择：{string.Join("、", GradeAmounts)} 元",
                $"The {Year} contribution base must be one of the grades: {string.Join(", ", GradeAmounts)} yuan."));
        }

        return errors;
    }

    /// <summary>
    /// Base × rate per month, rounded to the fen once per month (deductions are billed per month), times the months.
    /// </summary>
    public ContributionAmount ContributionFor(ContributionBase contributionBase, int months)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(months);
        var monthly = contributionBase.Monthly * Rate;
        var personalMonthly = contributionBase.Monthly * PersonalAccountRate;
        var total = monthly * months;
        var personal = personalMonthly * months;
        return new ContributionAmount(monthly, months, total, personal, total - personal);
    }

    /// <summary>Every inconsistency in the row; administrators see these before the row is accepted.</summary>
    public IReadOnlyList<DomainError> Validate()
    {
        var errors = new List<DomainError>();
        void Fail(string code, string zh, string en) => errors.Add(new DomainError($"PolicyYear.{code}", zh, en));

        if (Year is < 2000 or > 2100)
        {
            Fail("Year", "年度不合理", $"Expected a year between 2000 and 2100, but got {Year}.");
        }

        if (AverageMonthlyWage <= Money.Zero)
        {
            Fail("AverageWage", "平均工资须为正数", $"Expected a positive average monthly wage, but got {AverageMonthlyWage}.");
        }

        // Equal limits would leave a single admissible base: that is a typing error, not a policy.
        var limitsConsistent = BaseLowerLimit > Money.Zero && BaseLowerLimit < BaseUpperLimit;
        if (!limitsConsistent)
        {
            Fail("Limits", "缴费基数下限须为正数且低于上限", $"Expected 0 < lower limit < upper limit, but got {BaseLowerLimit} and {BaseUpperLimit}.");
        }

        if (Rate <= 0 || Rate >= 1)
        {
            Fail("Rate", "总费率须在 0 与 1 之间", $"Expected 0 < rate < 1, but got {Rate}.");
        }

        if (PersonalAccountRate < 0 || PooledRate < 0 || PersonalAccountRate + PooledRate != Rate)
        {
            Fail("Rates", "个人账户与统筹部分费率须非负且之和等于总费率", $"Expected personal-account + pooled rates adding up to the rate {Rate}, but got {PersonalAccountRate} + {PooledRate}.");
        }

        if (Grades.Any(grade => grade <= 0) || (GradeMode == GradeMode.Fixed && Grades.Count == 0))
        {
            Fail("Grades", "档次须为正数，固定档次模式至少一个", "Expected positive grades, and at least one in fixed-grade mode.");
        }

        if (Grades.Zip(Grades.Skip(1)).Any(pair => pair.Second <= pair.First))
        {
            Fail("GradesOrder", "档次须从低到高排列且不重复", "Expected grades in ascending order without repeats.");
        }

        // Only where grades are offered: in Free mode they are presets the reference route clamps into the limits,
        // so refusing a Free row over them would block an edit for a figure nobody chooses from.
        var outside = GradeMode == GradeMode.Fixed && limitsConsistent && AverageMonthlyWage > Money.Zero
            ? Grades.Where(grade => grade > 0).Select(grade => (AverageMonthlyWage * grade).RoundToYuan())
                .Where(amount => amount < BaseLowerLimit || amount > BaseUpperLimit).ToList()
            : [];
        if (outside.Count > 0)
        {
            Fail(
                "GradesOutOfLimits",
                $"档次对应的缴费基数 {string.Join("、", outside)} 元超出上下限 {BaseLowerLimit}–{BaseUpperLimit}",
                $"Expected every grade amount within {BaseLowerLimit}–{BaseUpperLimit} yuan, but {string.Join(", ", outside)} is outside.");
        }

        if (DeductionDay is < 1 or > 28)
        {
            Fail("DeductionDay", "扣款日须在 1 至 28 日之间", $"Expected a deduction day from 1 to 28 (present in every month), but got {DeductionDay}.");
        }

        if (ReminderOffsetsDays.Any(days => days < 0))
        {
            Fail("ReminderOffsets", "提醒提前天数不能为负数", "Expected reminder offsets of zero or more days.");
        }

        if (FemaleFlexibleWorkerOriginalRetirementAge is not (50 or 55))
        {
            Fail("FemaleRetirementAge", "女性灵活就业人员原退休年龄须为 50 或 55", $"Expected 50 or 55 as the female original retirement age, but got {FemaleFlexibleWorkerOriginalRetirementAge}.");
        }

        if (string.IsNullOrWhiteSpace(Source))
        {
            Fail("Source", "每个政策参数须注明来源", "Expected a source for the figures.");
        }

        return errors;
    }

    private Money Clamp(Money amount) =>
        amount < BaseLowerLimit ? BaseLowerLimit : amount > BaseUpperLimit ? BaseUpperLimit : amount;
}
