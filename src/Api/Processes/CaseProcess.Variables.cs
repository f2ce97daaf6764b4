using SocialInsurance.Api.Features.Applications;
using SocialInsurance.Api.Features.Tasks;
using SocialInsurance.Api.Features.Tasks.Case;
using SocialInsurance.Api.Infrastructure.Telemetry;
using SocialInsurance.Api.Jobs;
using SocialInsurance.Api.ServiceTasks;

namespace SocialInsurance.Api.Processes;

public static partial class CaseProcess
{
    /// <summary>
    /// Process variable names. Each that the case processes and the code around them exchange says where it comes
    /// from, who writes it and who reads it in code (<see cref="WrittenByAttribute"/>), so a name and its handlers are
    /// written once, here; the few without one are listed where they are named below.
    /// </summary>
    public static class Variables
    {
        [WrittenBy(VariableSource.Start, typeof(SubmitApplication), ReadBy = [typeof(CaseStep)])]
        public const string ApplicationId = "applicationId";

        [WrittenBy(VariableSource.ServiceTask, typeof(ValidateApplication))]
        public const string SupplementTimeLimit = "supplementTimeLimit";

        [WrittenBy(VariableSource.ServiceTask, typeof(ValidateApplication))]
        public const string AgreementReminderCycle = "agreementReminderCycle";

        [WrittenBy(VariableSource.ServiceTask, typeof(ValidateApplication))]
        public const string Valid = "valid";

        [WrittenBy(VariableSource.ServiceTask, typeof(ValidateApplication), ReadBy = [typeof(RejectApplication), typeof(NotificationTexts)])]
        public const string RejectionReasons = "rejectionReasons";

        [WrittenBy(VariableSource.ServiceTask, typeof(ValidateApplication), ReadBy = [typeof(CaseChecks)])]
        public const string Checks = "checks";

        [WrittenBy(VariableSource.ServiceTask, typeof(ValidateApplication), ReadBy = [typeof(Registration<>), typeof(CaseProjection)])]
        public const string RegistryEmployerMonths = "registryEmployerMonths";

        [WrittenBy(VariableSource.ServiceTask, typeof(ValidateApplication))]
        public const string RegionCode = "regionCode";

        [WrittenBy(VariableSource.ServiceTask, typeof(ValidateApplication))]
        public const string ApplicationType = "applicationType";

        [WrittenBy(VariableSource.ServiceTask, typeof(ValidateApplication), ReadBy = [typeof(AgreementPollingJob)])]
        public const string IdNumber = "idNumber";

        /// <summary>The review-routing decision's result: the model's own (a business rule task), read by the model.</summary>
        public const string ReviewRouting = "reviewRouting";

        [WrittenBy(VariableSource.ServiceTask, typeof(ServiceTasks.MarkUnderReview))]
        public const string ReviewDueAt = "reviewDueAt";

        [WrittenBy(VariableSource.TaskCompletion, typeof(CompleteTask), ReadBy = [typeof(ReviewRounds), typeof(SupplementRules), typeof(TaskOutcomes), typeof(DecisionMetrics)])]
        public const string Decision = "decision";

        [WrittenBy(VariableSource.TaskCompletion, typeof(CompleteTask), ReadBy = [typeof(CaseStep), typeof(NotificationTexts), typeof(ReviewRounds), typeof(ProgressTimeline)])]
        public const string Comment = "comment";

        [WrittenBy(VariableSource.TaskCompletion, typeof(CompleteTask), ReadBy = [typeof(ServiceTasks.RequestSupplement), typeof(NotificationTexts), typeof(ReviewRounds), typeof(SupplementRules)])]
        public const string MissingMaterials = "missingMaterials";

        [WrittenBy(VariableSource.TaskCompletion, typeof(CompleteTask), ReadBy = [typeof(CaseStep)], Optional = true)]
        public const string ReviewedBy = "reviewedBy";

        /// <summary>Written by each process's own insurance step: <see cref="Define"/> adds it with that step.</summary>
        public const string PersonId = "personId";

        [WrittenBy(VariableSource.ServiceTask, typeof(CompleteApplication))]
        public const string Outcome = "outcome";

        // The payload of Messages.AgreementSigned: its binding (AgreementSignedBinding) names them with their sender.
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

    /// <summary>Every variable all case processes and the code around them exchange: source, writer, readers in code.</summary>
    public static readonly IReadOnlyList<ProcessVariable> SharedVariables = ProcessVariable.DeclaredIn(typeof(Variables));
}
