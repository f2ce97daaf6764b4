using SocialInsurance.Api.Features.Applications;
using SocialInsurance.Api.Features.Tasks;
using SocialInsurance.Api.Features.Tasks.Case;
using SocialInsurance.Api.Infrastructure.Telemetry;
using SocialInsurance.Api.Jobs;
using SocialInsurance.Api.ServiceTasks;

namespace SocialInsurance.Api.Processes;

public static partial class CaseProcess
{
    /// <summary>Process variable names; who writes and who reads each is its entry in <see cref="SharedVariables"/>.</summary>
    public static class Variables
    {
        public const string ApplicationId = "applicationId";
        public const string SupplementTimeLimit = "supplementTimeLimit";
        public const string AgreementReminderCycle = "agreementReminderCycle";

        public const string Valid = "valid";
        public const string RejectionReasons = "rejectionReasons";
        public const string Checks = "checks";
        public const string RegistryEmployerMonths = "registryEmployerMonths";
        public const string RegionCode = "regionCode";
        public const string ApplicationType = "applicationType";
        public const string IdNumber = "idNumber";

        public const string ReviewRouting = "reviewRouting";
        public const string ReviewDueAt = "reviewDueAt";

        public const string Decision = "decision";
        public const string Comment = "comment";
        public const string MissingMaterials = "missingMaterials";
        public const string ReviewedBy = "reviewedBy";

        public const string PersonId = "personId";
        public const string Outcome = "outcome";

        public const string AgreementBankCode = "agreementBankCode";
        public const string AgreementAccount = "agreementAccount";
        public const string AgreementSignedAt = "agreementSignedAt";
    }

    /// <summary>The decisions of the review form (<see cref="Variables.Decision"/>); the models' gateway conditions test them.</summary>
    public static class Decisions
    {
        public const string Approve = "approve";
        public const string Reject = "reject";
        public const string Supplement = "supplement";
    }

    /// <summary>Every variable the case processes and the code around them exchange: source, writer, readers in code.</summary>
    public static readonly IReadOnlyList<ProcessVariable> SharedVariables =
    [
        new(Variables.ApplicationId, VariableSource.Start, typeof(SubmitApplication), [typeof(CaseStep)]),
        new(Variables.SupplementTimeLimit, VariableSource.ServiceTask, typeof(ValidateApplication), []),
        new(Variables.AgreementReminderCycle, VariableSource.ServiceTask, typeof(ValidateApplication), []),

        new(Variables.Valid, VariableSource.ServiceTask, typeof(ValidateApplication), []),
        new(Variables.RejectionReasons, VariableSource.ServiceTask, typeof(ValidateApplication), [typeof(RejectApplication), typeof(NotificationTexts)]),
        new(Variables.Checks, VariableSource.ServiceTask, typeof(ValidateApplication), [typeof(CaseChecks)]),
        new(Variables.RegistryEmployerMonths, VariableSource.ServiceTask, typeof(ValidateApplication), [typeof(InsuranceStep<>), typeof(CaseProjection)]),
        new(Variables.RegionCode, VariableSource.ServiceTask, typeof(ValidateApplication), []),
        new(Variables.ApplicationType, VariableSource.ServiceTask, typeof(ValidateApplication), []),
        new(Variables.IdNumber, VariableSource.ServiceTask, typeof(ValidateApplication), [typeof(AgreementPollingJob)]),

        new(Variables.ReviewDueAt, VariableSource.ServiceTask, typeof(ServiceTasks.MarkUnderReview), []),

        new(Variables.Decision, VariableSource.TaskCompletion, typeof(CompleteTask), [typeof(ReviewRounds), typeof(SupplementRules), typeof(TaskOutcomes), typeof(DecisionMetrics)]),
        new(Variables.Comment, VariableSource.TaskCompletion, typeof(CompleteTask), [typeof(CaseStep), typeof(NotificationTexts), typeof(ReviewRounds), typeof(ProgressTimeline)]),
        new(Variables.MissingMaterials, VariableSource.TaskCompletion, typeof(CompleteTask), [typeof(ServiceTasks.RequestSupplement), typeof(NotificationTexts), typeof(ReviewRounds), typeof(SupplementRules)]),
        new(Variables.ReviewedBy, VariableSource.TaskCompletion, typeof(CompleteTask), [typeof(CaseStep)]) { Optional = true },

        new(Variables.Outcome, VariableSource.ServiceTask, typeof(CompleteApplication), []),
    ];

    /// <summary>The payload of <see cref="Messages.AgreementSigned"/>, in the processes that wait for it.</summary>
    public static readonly IReadOnlyList<ProcessVariable> AgreementVariables =
    [
        new(Variables.AgreementBankCode, VariableSource.Message, typeof(AgreementPollingJob), []),
        new(Variables.AgreementAccount, VariableSource.Message, typeof(AgreementPollingJob), []),
        new(Variables.AgreementSignedAt, VariableSource.Message, typeof(AgreementPollingJob), []),
    ];
}
