using SocialInsurance.Api.Infrastructure.PolicyData;
using SocialInsurance.Domain.Policy;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>A policy row as administrators read and write it; <see cref="GradeAmounts"/> is derived, for checking a Fixed row.</summary>
public sealed record PolicyYearView(
    int Year,
    decimal AverageMonthlyWage,
    decimal BaseLowerLimit,
    decimal BaseUpperLimit,
    string GradeMode,
    IReadOnlyList<decimal> Grades,
    IReadOnlyList<decimal> GradeAmounts,
    decimal Rate,
    decimal PersonalAccountRate,
    decimal PooledRate,
    int DeductionDay,
    IReadOnlyList<int> ReminderOffsetsDays,
    bool AllowPastYearArrears,
    int FemaleFlexibleWorkerOriginalRetirementAge,
    string Source,
    string Confidence,
    DateTimeOffset UpdatedAt,
    string UpdatedBy)
{
    public static PolicyYearView From(PolicyYearRow row)
    {
        var year = row.ToDomain();
        return new PolicyYearView(
            year.Year, year.AverageMonthlyWage.Yuan, year.BaseLowerLimit.Yuan, year.BaseUpperLimit.Yuan, year.GradeMode.ToString(),
            year.Grades, [.. year.GradeAmounts.Select(m => m.Yuan)], year.Rate, year.PersonalAccountRate, year.PooledRate,
            year.DeductionDay, year.ReminderOffsetsDays, year.AllowPastYearArrears, year.FemaleFlexibleWorkerOriginalRetirementAge,
            year.Source, year.Confidence.ToString(), row.UpdatedAt, row.UpdatedBy);
    }

    /// <summary>What the audit log keeps of a row: the figures that decide bases and amounts, and where they came from.</summary>
    public static object Summary(PolicyYear year) => new
    {
        averageMonthlyWage = year.AverageMonthlyWage.Yuan,
        baseLowerLimit = year.BaseLowerLimit.Yuan,
        baseUpperLimit = year.BaseUpperLimit.Yuan,
        gradeMode = year.GradeMode.ToString(),
        grades = year.Grades,
        rate = year.Rate,
        personalAccountRate = year.PersonalAccountRate,
        pooledRate = year.PooledRate,
        deductionDay = year.DeductionDay,
        reminderOffsetsDays = year.ReminderOffsetsDays,
        allowPastYearArrears = year.AllowPastYearArrears,
        femaleOriginalRetirementAge = year.FemaleFlexibleWorkerOriginalRetirementAge,
        source = year.Source,
        confidence = year.Confidence.ToString(),
    };
}
