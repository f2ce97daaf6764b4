using SocialInsurance.Api.ServiceTasks;
using SocialInsurance.Domain.Applications;

namespace SocialInsurance.Api.Processes;

/// <summary>灵活就业养老续保 (renewal after a suspension, "resumption"): <c>workflows-definitions/resumption.bpmn</c>.</summary>
public static class ResumptionProcess
{
    public const string Key = "resumption";

    public static readonly ProcessContract Contract = CaseProcess.Define(
        Key,
        ApplicationType.Resumption,
        "resumption.bpmn",
        new(CaseProcess.Topics.Resume, typeof(ResumeInsurance)),
        [CaseProcess.Resubmission, CaseProcess.AgreementSignedBinding]);
}
