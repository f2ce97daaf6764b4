using SocialInsurance.Workflows.Model.Events;

namespace SocialInsurance.Workflows.Validation;

internal sealed class EndEventRules : IElementRules
{
    public IEnumerable<ValidationIssue> Check(ProcessDraft draft) =>
        draft.Nodes.OfType<EndEvent>()
            .Where(e => e.Outgoing.Count > 0)
            .Select(e => Issues.For(e, "end-event-outgoing",
                $"Expected no outgoing sequence flow on an end event, but found {e.Outgoing.Count}"));
}
