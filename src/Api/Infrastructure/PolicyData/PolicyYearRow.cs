using System.Globalization;
using SocialInsurance.Domain.Policy;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Api.Infrastructure.PolicyData;

/// <summary>
/// One <see cref="PolicyYear"/> as a row. Lists are comma-separated invariant text: they are always read and written
/// with the row and never queried on their own.
/// </summary>
public sealed class PolicyYearRow
{
    public const int MaxSourceLength = 2000;

    public int Year { get; set; }
    public decimal AverageMonthlyWage { get; set; }
    public decimal BaseLowerLimit { get; set; }
    public decimal BaseUpperLimit { get; set; }
    public required string GradeMode { get; set; }
    public required string Grades { get; set; }
    public decimal Rate { get; set; }
    public decimal PersonalAccountRate { get; set; }
    public decimal PooledRate { get; set; }
    public int DeductionDay { get; set; }
    public required string ReminderOffsetsDays { get; set; }
    public bool AllowPastYearArrears { get; set; }
    public int FemaleFlexibleWorkerOriginalRetirementAge { get; set; }
    public required string Source { get; set; }
    public required string Confidence { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }

    public static PolicyYearRow From(PolicyYear year, string updatedBy, DateTimeOffset at)
    {
        var row = new PolicyYearRow { GradeMode = "", Grades = "", ReminderOffsetsDays = "", Source = "", Confidence = "", UpdatedBy = updatedBy };
        row.CopyFrom(year, updatedBy, at);
        return row;
    }

    public void CopyFrom(PolicyYear year, string updatedBy, DateTimeOffset at)
    {
        Year = year.Year;
        AverageMonthlyWage = year.AverageMonthlyWage.Yuan;
        BaseLowerLimit = year.BaseLowerLimit.Yuan;
        BaseUpperLimit = year.BaseUpperLimit.Yuan;
        GradeMode = year.GradeMode.ToString();
        Grades = string.Join(',', year.Grades.Select(g => g.ToString(CultureInfo.InvariantCulture)));
        Rate = year.Rate;
        PersonalAccountRate = year.PersonalAccountRate;
        PooledRate = year.PooledRate;
        DeductionDay = year.DeductionDay;
        ReminderOffsetsDays = string.Join(',', year.ReminderOffsetsDays.Select(d => d.ToString(CultureInfo.InvariantCulture)));
        AllowPastYearArrears = year.AllowPastYearArrears;
        FemaleFlexibleWorkerOriginalRetirementAge = year.FemaleFlexibleWorkerOriginalRetirementAge;
        Source = year.Source;
        Confidence = year.Confidence.ToString();
        UpdatedAt = at;
        UpdatedBy = updatedBy;
    }

    public PolicyYear ToDomain() => new(
        Year,
        Money.FromYuan(AverageMonthlyWage),
        Money.FromYuan(BaseLowerLimit),
        Money.FromYuan(BaseUpperLimit),
        Enum.Parse<GradeMode>(GradeMode),
        [.. Split(Grades).Select(g => decimal.Parse(g, CultureInfo.InvariantCulture))],
        Rate,
        PersonalAccountRate,
        PooledRate,
        DeductionDay,
        [.. Split(ReminderOffsetsDays).Select(d => int.Parse(d, CultureInfo.InvariantCulture))],
        AllowPastYearArrears,
        FemaleFlexibleWorkerOriginalRetirementAge,
        Source,
        Enum.Parse<Confidence>(Confidence));

    private static string[] Split(string text) => text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
