using SocialInsurance.Api.ServiceTasks;
using SocialInsurance.Domain.Applications;

namespace SocialInsurance.Api.Processes;

/// <summary>灵活就业养老停保 (suspension): <c>workflows-definitions/suspension.bpmn</c>. No deduction agreement to wait for.</summary>
public static class SuspensionProcess
{
    public const string Key = "suspension";

    public static readonly ProcessContract Contract = CaseProcess.Define(
        Key,
        ApplicationType.Suspension,
        "suspension.bpmn",
        new(CaseProcess.Topics.Suspend, typeof(SuspendInsurance)),
        [CaseProcess.Resubmission]);
}
