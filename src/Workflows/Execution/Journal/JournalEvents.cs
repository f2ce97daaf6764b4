namespace SocialInsurance.Workflows.Execution.Journal;

/// <summary>
/// The lifecycle names, as Zeebe's intents: elements are Activated, Completed or Terminated; flows are Taken. Each is
/// stored in the journal's rows and read back by the API's timeline, so its text is its name (<c>nameof</c>) and never
/// changes: <c>StoredNamesTests</c> pins every stored text, so renaming a constant fails a test instead of orphaning rows.
/// </summary>
public static class JournalEvents
{
    public const string Activated = nameof(Activated);
    public const string Completed = nameof(Completed);
    public const string Terminated = nameof(Terminated);
    public const string Cancelled = nameof(Cancelled);
    public const string SequenceFlowTaken = nameof(SequenceFlowTaken);
    public const string Claimed = nameof(Claimed);
    public const string Unclaimed = nameof(Unclaimed);
    public const string Assigned = nameof(Assigned);
    public const string Delegated = nameof(Delegated);
    public const string Resolved = nameof(Resolved);
    public const string FollowUpSet = nameof(FollowUpSet);
    public const string IncidentCreated = nameof(IncidentCreated);
    public const string IncidentResolved = nameof(IncidentResolved);
    public const string JobFailed = nameof(JobFailed);
    public const string MessageCorrelated = nameof(MessageCorrelated);
    public const string ErrorThrown = nameof(ErrorThrown);
    public const string EscalationThrown = nameof(EscalationThrown);
    public const string SignalThrown = nameof(SignalThrown);

    /// <summary>A compensation throw or end event started its handlers (the data names the activityRef, if any).</summary>
    public const string CompensationThrown = nameof(CompensationThrown);
    public const string SignalReceived = nameof(SignalReceived);

    /// <summary>A call activity started its child instance (the data holds the child's id).</summary>
    public const string CalledInstanceStarted = nameof(CalledInstanceStarted);

    public const string ProcessElementType = "process";
    public const string FlowElementType = "sequenceFlow";
}
