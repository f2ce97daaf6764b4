using SocialInsurance.Api.ServiceTasks;

namespace SocialInsurance.Api.Processes;

/// <summary>
/// The vocabulary the three case processes (新参保 <see cref="NewEnrollmentProcess"/>, 续保 <see cref="ResumptionProcess"/>,
/// 停保 <see cref="SuspensionProcess"/>) share: they differ in one service task, so each name is written once here and
/// each process's contract lists the ones its model uses. Where a name is handled is a typed reference in
/// <see cref="SharedTopics"/>, <see cref="Messages"/>'s bindings and each name's <see cref="WrittenByAttribute"/> in <see cref="Variables"/>: go to the type.
/// </summary>
public static partial class CaseProcess
{
    /// <summary>Service-task topics; the handler of each is the <see cref="TopicBinding.HandledBy"/> in <see cref="SharedTopics"/>.</summary>
    public static class Topics
    {
        public const string Validate = "application.validate";
        public const string MarkUnderReview = "application.markUnderReview";
        public const string Approve = "application.approve";
        public const string RequestSupplement = "application.requestSupplement";
        public const string Reject = "application.reject";
        public const string Complete = "application.complete";
        public const string Notify = "notification.send";
        public const string Register = "insurance.register";
        public const string Resume = "insurance.resume";
        public const string Suspend = "insurance.suspend";
    }

    /// <summary>Handler inputs the models map (<c>camunda:inputParameter</c>): local to the step, not process variables.</summary>
    public static class Inputs
    {
        /// <summary>Read by <see cref="SendNotification"/>: which text (<see cref="NotificationTexts.Kinds"/>).</summary>
        public const string Kind = "kind";

        /// <summary>Read by <see cref="ServiceTasks.MarkUnderReview"/>: the routing table's time limit.</summary>
        public const string ReviewWorkingDays = "reviewWorkingDays";
    }

    /// <summary>Form keys the review tasks name (<c>camunda:formKey</c>), deployed from <c>workflows-definitions/*.form</c>.</summary>
    public static class Forms
    {
        public const string ReviewApplication = "review-application.form";
    }

    /// <summary>Element ids the API looks for in the journal (<see cref="Features.Applications.ProgressTimeline"/>).</summary>
    public static class Elements
    {
        /// <summary>The start event: the applicant's submission.</summary>
        public const string Submitted = "submitted";

        /// <summary>The catch event of the resubmission: the applicant's step.</summary>
        public const string MaterialsResubmitted = "materialsResubmitted";

        /// <summary>The regional review task.</summary>
        public const string ReviewApplication = "reviewApplication";
    }

    /// <summary>The topics every case process calls, each with its handler.</summary>
    public static readonly IReadOnlyList<TopicBinding> SharedTopics =
    [
        new(Topics.Validate, typeof(ValidateApplication)),
        new(Topics.MarkUnderReview, typeof(ServiceTasks.MarkUnderReview)),
        new(Topics.Approve, typeof(ApproveApplication)),
        new(Topics.RequestSupplement, typeof(ServiceTasks.RequestSupplement)),
        new(Topics.Reject, typeof(RejectApplication)),
        new(Topics.Complete, typeof(CompleteApplication)),
        new(Topics.Notify, typeof(SendNotification)),
    ];

    /// <summary>The <c>${variable}</c> an activity template pre-fills for an input read from a process variable.</summary>
    public static string Expression(string variable) => "${" + variable + "}";

    /// <summary>Builds a case process's contract: the shared vocabulary, the process's own step, the messages it waits for.</summary>
    internal static ProcessContract Define(
        string key, Domain.Applications.ApplicationType type, string file, TopicBinding insuranceStep, IReadOnlyList<MessageBinding> messages) =>
        new(
            key,
            type,
            file,
            [.. SharedTopics, insuranceStep],
            messages,
            [
                .. SharedVariables,
                new(Variables.PersonId, VariableSource.ServiceTask, insuranceStep.HandledBy, []),
                .. messages.SelectMany(m => m.Payload.Select(name => new ProcessVariable(name, VariableSource.Message, m.SentBy, []))),
            ],
            [Forms.ReviewApplication],
            [Elements.Submitted, Elements.MaterialsResubmitted, Elements.ReviewApplication]);
}
