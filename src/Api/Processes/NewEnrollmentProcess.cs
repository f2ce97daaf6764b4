using SocialInsurance.Api.ServiceTasks;
using SocialInsurance.Domain.Applications;

namespace SocialInsurance.Api.Processes;

/// <summary>灵活就业养老新参保 (new enrollment): <c>workflows-definitions/new-enrollment.bpmn</c>.</summary>
public static class NewEnrollmentProcess
{
    public const string Key = "newEnrollment";

    public static readonly ProcessContract Contract = CaseProcess.Define(
        Key,
        ApplicationType.NewEnrollment,
        "new-enrollment.bpmn",
        new(CaseProcess.Topics.Register, typeof(RegisterEnrollment)),
        [CaseProcess.Resubmission, CaseProcess.AgreementSignedBinding]);
}
