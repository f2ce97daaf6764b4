using SocialInsurance.Workflows.Model.Events;
using SocialInsurance.Workflows.Model.Tasks;

namespace SocialInsurance.Workflows.Validation;

/// <summary>An embedded sub-process is entered at one place: its single none start event.</summary>
internal sealed class SubProcessRules : IElementRules
{
    public IEnumerable<ValidationIssue> Check(ProcessDraft draft)
    {
        foreach (var subProcess in draft.Nodes.OfType<SubProcess>())
        {
            var starts = draft.ChildrenOf(subProcess.Id).OfType<StartEvent>().ToList();
            var noneStarts = starts.Count(s => s.Message is null);
            if (noneStarts > 1 || (noneStarts == 0 && !StartEventRules.HasRejectedStart(draft, subProcess.Id)))
                yield return Issues.For(subProcess, "subprocess-start-count",
                    $"Expected exactly one none start event inside the sub-process, but found {noneStarts}");
            foreach (var messageStart in starts.Where(s => s.Message is not null))
                yield return Issues.For(messageStart, "subprocess-message-start",
                    "Expected a none start event inside an embedded sub-process, but this is a message start event");
        }
    }
}
