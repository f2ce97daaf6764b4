namespace SocialInsurance.Workflows.Execution.Journal;

/// <summary>The lifecycle names, as Zeebe's intents: elements are Activated, Completed or Terminated; flows are Taken.</summary>
public static class JournalEvents
{
    public const string Activated = "Activated";
    public const string Completed = "Completed";
    public const string Terminated = "Terminated";
    public const string Cancelled = "Cancelled";
    public const string SequenceFlowTaken = "SequenceFlowTaken";
    public const string Claimed = "Claimed";
    public const string Unclaimed = "Unclaimed";
    public const string Assigned = "Assigned";
    public const string Delegated = "Delegated";
    public const string Resolved = "Resolved";
    public const string FollowUpSet = "FollowUpSet";
    public const string IncidentCreated = "IncidentCreated";
    public const string IncidentResolved = "IncidentResolved";
    public const string JobFailed = "JobFailed";
    public const string MessageCorrelated = "MessageCorrelated";
    public const string ErrorThrown = "ErrorThrown";
    public const string EscalationThrown = "EscalationThrown";
    public const string SignalThrown = "SignalThrown";

    /// <summary>A compensation throw or end event started its handlers (the data names the activityRef, if any).</summary>
    public const string CompensationThrown = "CompensationThrown";
    public const string SignalReceived = "SignalReceived";

    /// <summary>A call activity started its child instance (the data holds the child's id).</summary>
    public const string CalledInstanceStarted = "CalledInstanceStarted";

    public const string ProcessElementType = "process";
    public const string FlowElementType = "sequenceFlow";
}
