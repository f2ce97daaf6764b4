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
            var noneStarts = starts.Count(s => s.IsNone);
            if (noneStarts > 1 || (noneStarts == 0 && !StartEventRules.HasRejectedStart(draft, subProcess.Id)))
                yield return Issues.For(subProcess, "subprocess-start-count",
                    $"Expected exactly one none start event inside the sub-process, but found {noneStarts}");
            foreach (var triggered in starts.Where(s => !s.IsNone))
                yield return Issues.For(triggered, triggered.Message is null ? "subprocess-triggered-start" : "subprocess-message-start",
                    $"Expected a none start event inside an embedded sub-process, but this is {Issues.Article(StartEventRules.KindOf(triggered.Definition!))} start event (an event sub-process starts on events)");
        }
    }
}
