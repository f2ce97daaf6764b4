namespace SocialInsurance.Workflows.Model.Events;

/// <summary>
/// A <c>compensateEventDefinition</c>. On a boundary event it names, through its association, the
/// <see cref="HandlerId"/> activity (<c>isForCompensation="true"</c>) that undoes the activity it is attached to once
/// that activity has completed. On a throw or end event it compensates <see cref="ActivityRef"/>, or every completed
/// activity of the throw's scope when that is null. Camunda 7 always waits for the handlers (it warns about
/// <c>waitForCompletion="false"</c> and waits anyway), and so does this engine.
/// </summary>
public sealed record CompensationDefinition(string? ActivityRef) : EventDefinition
{
    /// <summary>On a compensation boundary event: the handler activity its association points to.</summary>
    public string? HandlerId { get; init; }
}
