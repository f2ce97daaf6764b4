using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.PolicyData;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Domain.Policy;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>
/// Creates or replaces a year's policy row. Every problem is reported at once — first the shape of each field, then the
/// domain's own consistency rules (<see cref="PolicyYear.Validate"/>, the same ones a table is built with) — and a
/// refused row changes nothing. The edit applies to the next form, submission, step and deadline run without a restart.
/// </summary>
public static class SavePolicyYear
{
    public const int MaxGrades = 50;
    public const int MaxReminderOffsets = 10;

    public sealed record PolicyYearRequest(
        decimal? AverageMonthlyWage,
        decimal? BaseLowerLimit,
        decimal? BaseUpperLimit,
        string? GradeMode,
        IReadOnlyList<decimal>? Grades,
        decimal? Rate,
        decimal? PersonalAccountRate,
        decimal? PooledRate,
        int? DeductionDay,
        IReadOnlyList<int>? ReminderOffsetsDays,
        bool? AllowPastYearArrears,
        int? FemaleFlexibleWorkerOriginalRetirementAge,
        string? Source,
        string? Confidence);

    public sealed record Command(int Year, PolicyYearRequest Request, string Actor) : ICommand<Result<SavePolicyYear.Saved>>;

    /// <summary>The row as saved, and whether the year is new (201) or replaced (200).</summary>
    public sealed record Saved(PolicyYearView Row, bool Created);

    /// <summary>Which request field each domain rule is about, so the client can put the message beside the field.</summary>
    private static readonly Dictionary<string, string> FieldOfRule = new(StringComparer.Ordinal)
    {
        ["PolicyYear.Year"] = "year",
        ["PolicyYear.AverageWage"] = "averageMonthlyWage",
        ["PolicyYear.Limits"] = "baseUpperLimit",
        ["PolicyYear.Rate"] = "rate",
        ["PolicyYear.Rates"] = "pooledRate",
        ["PolicyYear.Grades"] = "grades",
        ["PolicyYear.GradesOrder"] = "grades",
        ["PolicyYear.GradesOutOfLimits"] = "grades",
        ["PolicyYear.DeductionDay"] = "deductionDay",
        ["PolicyYear.ReminderOffsets"] = "reminderOffsetsDays",
        ["PolicyYear.FemaleRetirementAge"] = "femaleFlexibleWorkerOriginalRetirementAge",
        ["PolicyYear.Source"] = "source",
    };

    public static PolicyYear? Read(int year, PolicyYearRequest request, FieldErrors errors)
    {
        Money? Amount(decimal? value, string field, string nameZh)
        {
            if (value is not { } yuan)
            {
                errors.Add(field, ErrorCodes.PolicyFigureRequired, new { field = new LocalizedArg(field, nameZh, field) });
                return null;
            }

            if (decimal.Round(yuan, 2) != yuan)
            {
                errors.Add(field, ErrorCodes.PolicyAmountPrecision, new { field = new LocalizedArg(field, nameZh, field) });
                return null;
            }

            return Money.FromYuan(yuan);
        }

        T? Required<T>(T? value, string field, string nameZh)
            where T : struct
        {
            if (value is null)
            {
                errors.Add(field, ErrorCodes.PolicyFigureRequired, new { field = new LocalizedArg(field, nameZh, field) });
            }

            return value;
        }

        if (year is < 2000 or > 2100)
        {
            errors.Add("year", ErrorCodes.PolicyYearOutOfRange, new { year });
        }

        var average = Amount(request.AverageMonthlyWage, "averageMonthlyWage", "全口径城镇单位就业人员月平均工资");
        var lower = Amount(request.BaseLowerLimit, "baseLowerLimit", "缴费基数下限");
        var upper = Amount(request.BaseUpperLimit, "baseUpperLimit", "缴费基数上限");
        GradeMode? mode = null;
        if (Enum.TryParse<GradeMode>(request.GradeMode, ignoreCase: false, out var parsedMode) && Enum.IsDefined(parsedMode) && !int.TryParse(request.GradeMode, out _))
        {
            mode = parsedMode;
        }
        else
        {
            errors.Add("gradeMode", ErrorCodes.PolicyGradeModeInvalid);
        }

        var grades = request.Grades ?? PolicyYear.DefaultGrades;
        if (grades.Count > MaxGrades)
        {
            errors.Add("grades", ErrorCodes.PolicyTooManyGrades, new { max = MaxGrades });
        }

        var rate = Required(request.Rate, "rate", "总费率");
        var personal = Required(request.PersonalAccountRate, "personalAccountRate", "个人账户费率");
        var pooled = Required(request.PooledRate, "pooledRate", "统筹部分费率");
        var deductionDay = Required(request.DeductionDay, "deductionDay", "扣款日");
        var offsets = request.ReminderOffsetsDays ?? [7, 3, 1];
        if (offsets.Count > MaxReminderOffsets || offsets.Any(days => days > 60))
        {
            errors.Add("reminderOffsetsDays", ErrorCodes.PolicyTooManyReminders, new { max = MaxReminderOffsets });
        }

        if (string.IsNullOrWhiteSpace(request.Source))
        {
            errors.Add("source", ErrorCodes.PolicySourceRequired);
        }
        else if (request.Source.Length > PolicyYearRow.MaxSourceLength)
        {
            errors.Add("source", ErrorCodes.PolicySourceTooLong, new { max = PolicyYearRow.MaxSourceLength });
        }

        Confidence? confidence = null;
        if (Enum.TryParse<Confidence>(request.Confidence, ignoreCase: false, out var parsedConfidence) && Enum.IsDefined(parsedConfidence) && !int.TryParse(request.Confidence, out _))
        {
            confidence = parsedConfidence;
        }
        else
        {
            errors.Add("confidence", ErrorCodes.PolicyConfidenceInvalid);
        }

        if (errors.Any)
        {
            return null;
        }

        var policy = new PolicyYear(
            year, average!.Value, lower!.Value, upper!.Value, mode!.Value, grades, rate!.Value, personal!.Value, pooled!.Value,
            deductionDay!.Value, offsets, request.AllowPastYearArrears ?? false, request.FemaleFlexibleWorkerOriginalRetirementAge ?? 55,
            request.Source!.Trim(), confidence!.Value);
        foreach (var error in policy.Validate())
        {
            errors.Add(FieldOfRule.GetValueOrDefault(error.Code, "policy"), error.Code, error.MessageZh, error.MessageEn);
        }

        return errors.Any ? null : policy;
    }

    public sealed class Handler(PolicyDatabase database, PolicyTables policies, AuditLog audit, TimeProvider time) : ICommandHandler<Command, Result<Saved>>
    {
        public async ValueTask<Result<Saved>> Handle(Command command, CancellationToken cancellationToken)
        {
            var errors = new FieldErrors();
            if (Read(command.Year, command.Request, errors) is not { } policy)
            {
                return Result<Saved>.Invalid(errors);
            }

            await using var db = await database.OpenAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var row = await db.PolicyYears.FirstOrDefaultAsync(r => r.Year == command.Year, cancellationToken);
            var before = row?.ToDomain();
            var now = time.GetUtcNow();
            if (row is null)
            {
                row = PolicyYearRow.From(policy, command.Actor, now);
                db.PolicyYears.Add(row);
            }
            else
            {
                row.CopyFrom(policy, command.Actor, now);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            policies.Invalidate();
            await audit.RecordAsync(
                before is null ? "policy.create" : "policy.replace",
                $"policy:{command.Year}",
                new { before = before is null ? null : PolicyYearView.Summary(before), after = PolicyYearView.Summary(policy) },
                cancellationToken);
            return Result<Saved>.Ok(new Saved(PolicyYearView.From(row), before is null));
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPut("/policy/{year:int}", async (int year, PolicyYearRequest request, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var result = await mediator.Send(new Command(year, request, http.User.Identity?.Name ?? "unknown"), ct);
                return ApiProblems.From(result, saved => saved.Created
                    ? TypedResults.Created($"/api/admin/policy/{year}", saved.Row)
                    : TypedResults.Ok(saved.Row));
            })
            .WithName("SavePolicyYear")
            .WithSummary("Create or replace a year's policy row; every problem is reported and a refused row changes nothing.")
            .Produces<PolicyYearView>()
            .Produces<PolicyYearView>(StatusCodes.Status201Created)
            .ProducesValidationProblem();
}
