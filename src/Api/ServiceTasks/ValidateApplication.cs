using System.Text.Json.Nodes;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Infrastructure.InsuranceRegistry;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.SeedWork;
using SocialInsurance.InsuranceRegistry;
using SocialInsurance.Workflows.Activities;
using SocialInsurance.Api.Processes;

namespace SocialInsurance.Api.ServiceTasks;

/// <summary>
/// <c>application.validate</c>: the automatic check of the application's type against the policy of the business
/// year (China time), 新参保 and 续保 against the national insurance registry too. Reads only, so running it twice is
/// harmless. Writes the checklist the reviewer confirms (<c>checks</c>), and hands the process what its later elements
/// need: the region (reviewer group), the registry's employer months and, unless the starter set them, the
/// configured time limits. When the registry cannot answer, the step throws: the case waits at an incident an
/// administrator retries once the registry is back, rather than passing a check nobody made. The rules themselves
/// are <see cref="ApplicationRules"/>, shared with the submit route.
/// </summary>
public sealed class ValidateApplication(
    CasesDbContextFactory contexts,
    IInsuranceRegistry registry,
    ApplicationRules rules,
    CasesOptions options) : IActivityHandler
{
    public ActivityDescriptor Descriptor { get; } = new(
        CaseProcess.Topics.Validate, "自动校验申请", "Validate application",
        "Runs the rules of the application's type (新参保 eligibility, 续保 or 停保 rules) for the business date in China time.")
    {
        Inputs = [CaseStep.ApplicationIdInput],
        Outputs =
        [
            new(CaseProcess.Variables.Valid, "是否通过 Valid", "true when every rule holds"),
            new(CaseProcess.Variables.RejectionReasons, "未通过原因 Reasons", "every failed rule as {code, zh, en}"),
            new(CaseProcess.Variables.Checks, "自动校验清单 Checks", "one line per automatic check as {code, outcome: passed|failed|notApplicable, zh, en}"),
            new(CaseProcess.Variables.RegistryEmployerMonths, "单位缴费月数 Employer months", "months paid through employers, from the national registry"),
            new(CaseProcess.Variables.RegionCode, "参保统筹区 Region", "the region whose reviewers handle the case"),
            new(CaseProcess.Variables.SupplementTimeLimit, "补正期限 Supplement limit", "ISO 8601 duration, from configuration unless already set"),
            new(CaseProcess.Variables.AgreementReminderCycle, "协议提醒周期 Reminder cycle", "ISO 8601 cycle, from configuration unless already set"),
            new(CaseProcess.Variables.ApplicationType, "申请类型 Application type", "NewEnrollment, Resumption or Suspension: an input of the review-routing table"),
            new(CaseProcess.Variables.IdNumber, "身份证号码 ID number", "the applicant's resident ID number: the agreement message is correlated on it"),
        ],
        // 2: applicationType and idNumber were written but not declared (the contract test found them).
        Version = 2,
    };

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var ct = context.CancellationToken;
        var db = contexts.ForStepHolding(context.Transaction);
        var application = await CaseStep.ApplicationAsync(db, context);
        if (application.Status != ApplicationStatus.Submitted)
        {
            throw new InvalidOperationException(
                $"Expected application {application.Id} to be Submitted for validation, but it is {application.Status}.");
        }

        var today = ChinaTime.ToBusinessDate(context.Now);
        var (errors, person, policy, standing, region) = await rules.CheckAsync(
            db, application, today, async token => await StepRegistryAnswers.Of(context.Transaction).LookUpAsync(registry, application.Applicant, token), ct);
        var checks = AutomaticChecks.For(application, person, standing, policy, today, errors);
        var result = ActivityResult.With(
            (CaseProcess.Variables.Valid, errors.Count == 0),
            (CaseProcess.Variables.RejectionReasons, CaseStep.Reasons(errors)),
            (CaseProcess.Variables.Checks, Checklist(checks)),
            (CaseProcess.Variables.RegistryEmployerMonths, standing?.EmployerMonths ?? 0),
            (CaseProcess.Variables.RegionCode, region),
            (CaseProcess.Variables.ApplicationType, application.Type.ToString()),
            // The key the tax bureau knows the applicant by: the agreement message is correlated on it.
            (CaseProcess.Variables.IdNumber, application.Applicant.Value));
        result.Variables[CaseProcess.Variables.SupplementTimeLimit] = context.Variables[CaseProcess.Variables.SupplementTimeLimit]?.DeepClone() ?? JsonValue.Create(options.SupplementTimeLimit);
        result.Variables[CaseProcess.Variables.AgreementReminderCycle] = context.Variables[CaseProcess.Variables.AgreementReminderCycle]?.DeepClone() ?? JsonValue.Create(options.AgreementReminderCycle);
        return result;
    }

    private static JsonArray Checklist(IEnumerable<AutomaticCheck> checks) =>
    [
        .. checks.Select(c => (JsonNode)new JsonObject
        {
            ["code"] = c.Code,
            ["outcome"] = c.Outcome switch
            {
                CheckOutcome.Passed => "passed",
                CheckOutcome.Failed => "failed",
                _ => "notApplicable",
            },
            ["zh"] = c.Zh,
            ["en"] = c.En,
        }),
    ];
}
