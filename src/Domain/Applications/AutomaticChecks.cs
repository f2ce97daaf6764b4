using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.Policy;
using SocialInsurance.Domain.Reference;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Applications;

/// <summary>
/// Turns the rules' result into the checklist of the automatic checks: each failed rule lands on the line of the
/// check it belongs to (by its code's family), and a line with no failed rule says what was found. The rules stay
/// the only judges; this only explains their verdict line by line, so the checklist and <c>rejectionReasons</c> can
/// never disagree.
/// </summary>
public static class AutomaticChecks
{
    public const string Identity = "identity";
    public const string Age = "age";
    public const string DuplicateEnrollment = "duplicateEnrollment";
    public const string ContributionBase = "contributionBase";
    public const string Materials = "materials";
    public const string Declaration = "declaration";
    public const string ResumptionStatus = "resumptionStatus";
    public const string SuspensionRules = "suspensionRules";

    /// <param name="registry">The national registry's answer; null when the type does not consult it (停保).</param>
    public static IReadOnlyList<AutomaticCheck> For(
        Application application,
        InsuredPerson? person,
        RegistryStanding? registry,
        PolicyYear policy,
        DateOnly today,
        IReadOnlyList<DomainError> errors)
    {
        var byCheck = errors.GroupBy(e => CheckOf(e.Code, application.Type)).ToDictionary(g => g.Key, g => g.ToList());
        var passed = Passed(application, person, registry ?? RegistryStanding.None, policy, today);
        var order = application.Type switch
        {
            ApplicationType.NewEnrollment => new[] { Identity, Age, DuplicateEnrollment, ContributionBase, Materials, Declaration },
            ApplicationType.Resumption => [Identity, Age, DuplicateEnrollment, ResumptionStatus, ContributionBase, Materials, Declaration],
            _ => [Identity, Age, DuplicateEnrollment, SuspensionRules, ContributionBase, Materials],
        };

        return [.. order.Select(code => byCheck.TryGetValue(code, out var failed)
            ? new AutomaticCheck(code, CheckOutcome.Failed, string.Join("；", failed.Select(e => e.MessageZh)), string.Join("; ", failed.Select(e => e.MessageEn)))
            : passed(code))];
    }

    private static string CheckOf(string errorCode, ApplicationType type)
    {
        var family = errorCode.Split('.')[0];
        return errorCode switch
        {
            "Enrollment.TooYoung" or "Enrollment.RetirementAgeReached" or "Resumption.RetirementAgeReached" => Age,
            "Enrollment.AlreadyInsured" or "Enrollment.UseResumption" or "Enrollment.RecordEnded" => DuplicateEnrollment,
            _ when family is "Identity" or "ResidentId" => Identity,
            _ when family == "Registry" => DuplicateEnrollment,
            _ when family == "ContributionBase" => ContributionBase,
            _ when family == "Application" => Materials,
            _ when family == "Resumption" => ResumptionStatus,
            _ when family == "Suspension" || (type == ApplicationType.Suspension && family == "InsuranceType") => SuspensionRules,
            _ => Declaration,
        };
    }

    private static Func<string, AutomaticCheck> Passed(Application application, InsuredPerson? person, RegistryStanding registry, PolicyYear policy, DateOnly today)
    {
        var id = application.Applicant;
        var suspension = application.Details as SuspensionDetails;
        return code => code switch
        {
            Identity when suspension is null => Pass(code,
                $"身份证号码 {id.Masked} 校验通过，全国参保信息中无死亡登记",
                $"ID number {id.Masked} is valid and the national registry records no death."),
            Identity => Pass(code, $"身份证号码 {id.Masked} 校验通过", $"ID number {id.Masked} is valid."),
            Age when suspension is null => AgePassed(application, person, policy, today),
            DuplicateEnrollment when suspension is null => registry.IsFormerEmployee && application.Type == ApplicationType.Resumption
                ? Pass(code,
                    $"原单位（{FormerEmployer(registry)}）已停止缴费，单位缴费 {registry.EmployerMonths} 个月累计计算，无其他在缴的养老保险",
                    $"The former employer ({FormerEmployer(registry)}) stopped paying; {registry.EmployerMonths} employer months count; no other pension insurance is being paid.")
                : Pass(code,
                    "全国参保信息中无其他在缴的养老保险，未领取养老金",
                    "The national registry shows no other pension insurance being paid and no pension being drawn."),
            ContributionBase when application.Details is NewEnrollmentDetails or ResumptionDetails => BasePassed(application.Details, policy),
            Materials when application.Details.RequiredMaterials.Count > 0 => Pass(code,
                $"材料齐全：{string.Join("、", application.Details.RequiredMaterials.Select(k => k.NameZh()))}",
                $"All materials are there: {string.Join(", ", application.Details.RequiredMaterials.Select(k => k.NameEn()))}."),
            Materials => NotApplicable(code, "本业务无需上传材料", "This service needs no uploads."),
            Declaration => Pass(code,
                "参保统筹区、险种、银行类别均在办理范围内，持卡人与参保人一致",
                "The region, insurance types and bank are offered, and the card holder is the applicant."),
            ResumptionStatus => person?.Status == InsuredStatus.Suspended
                ? Pass(code,
                    $"当前参保状态为暂停（{LastSuspension(person)} 起），可以续保",
                    $"The record is suspended (since {LastSuspension(person)}), so it can be resumed.")
                : Pass(code,
                    "本系统无灵活就业参保记录，全国参保信息显示原单位已停止缴费，可以续保",
                    "There is no flexible-employment record here, and the national registry shows the former employer stopped paying, so the person can resume."),
            SuspensionRules when suspension is not null => SuspensionPassed(suspension),
            Age or DuplicateEnrollment => NotApplicable(code, "停保不校验此项", "Not checked for a suspension."),
            _ => NotApplicable(code, "停保不校验此项", "Not checked for a suspension."),
        };
    }

    private static AutomaticCheck AgePassed(Application application, InsuredPerson? person, PolicyYear policy, DateOnly today)
    {
        var id = application.Applicant;
        var retirement = StatutoryRetirement.For(id.BirthMonth, StatutoryRetirement.CategoryFor(id.Sex, policy.FemaleFlexibleWorkerOriginalRetirementAge));
        var age = id.AgeOn(today);
        if (YearMonth.From(today) >= retirement.RetirementMonth)
        {
            return Pass(Age,
                $"已达法定退休年龄（{retirement.RetirementMonth}），累计缴费不足最低年限，按延长缴费办理",
                $"Past the statutory retirement month ({retirement.RetirementMonth}) but short of the minimum years: resumption as extended payment.");
        }

        return Pass(Age,
            $"{age} 周岁，年满 16 周岁且未达法定退休年龄（{retirement.Years} 岁 {retirement.Months} 个月，{retirement.RetirementMonth}）",
            $"Aged {age}: at least 16 and below the statutory retirement age ({retirement.Years}y{retirement.Months}m, {retirement.RetirementMonth}).");
    }

    private static AutomaticCheck BasePassed(ApplicationDetails details, PolicyYear policy)
    {
        var chosen = details is NewEnrollmentDetails n ? n.ContributionBase : ((ResumptionDetails)details).ContributionBase;
        var monthly = Math.Round(chosen.Monthly.Yuan * policy.Rate, 2, MidpointRounding.AwayFromZero);
        return Pass(ContributionBase,
            $"缴费基数 {chosen.Monthly} 元在 {policy.Year} 年上下限 {policy.BaseLowerLimit}–{policy.BaseUpperLimit} 元之间，每月缴费 {monthly:0.00} 元",
            $"The base of {chosen.Monthly} yuan lies within the {policy.Year} limits ({policy.BaseLowerLimit}–{policy.BaseUpperLimit} yuan); {monthly:0.00} yuan a month.");
    }

    private static AutomaticCheck SuspensionPassed(SuspensionDetails details)
    {
        var reason = SuspensionReasons.Describe(details.Reason);
        return details.Reason.EndsTheRecord()
            ? Pass(SuspensionRules,
                $"停保原因为{reason.NameZh}，自 {details.ChangeMonth} 起参保关系终止，之后不能续保",
                $"Reason: {reason.NameEn.ToLowerInvariant()}; the record ends from {details.ChangeMonth} and cannot be resumed afterwards.")
            : Pass(SuspensionRules,
                $"停保原因为{reason.NameZh}；停保月份 {details.ChangeMonth} 不在已缴费期间内，且勾选的险种均在正常参保",
                $"Reason: {reason.NameEn.ToLowerInvariant()}; the month {details.ChangeMonth} is outside any paid period and every ticked insurance type is active.");
    }

    private static string FormerEmployer(RegistryStanding registry) =>
        registry.Enrollments.FirstOrDefault(e => e.EnterpriseScheme && !e.Paying)?.EmployerName ?? "—";

    private static YearMonth? LastSuspension(InsuredPerson person) =>
        person.History.LastOrDefault(h => h.Kind == StatusChangeKind.Suspended)?.Month;

    private static AutomaticCheck Pass(string code, string zh, string en) => new(code, CheckOutcome.Passed, zh, en);

    private static AutomaticCheck NotApplicable(string code, string zh, string en) => new(code, CheckOutcome.NotApplicable, zh, en);
}
