using SocialInsurance.Workflows.Model.Events;

namespace SocialInsurance.Workflows.Validation;

/// <summary>
/// A link pairs by name within one scope: every throw needs exactly one catch to continue at, and a catch nobody
/// throws to is dead. Links never cross a sub-process boundary (BPMN forbids it: the scope's start would be skipped).
/// </summary>
internal sealed class LinkEventRules : IElementRules
{
    public IEnumerable<ValidationIssue> Check(ProcessDraft draft)
    {
        var catches = draft.Nodes.OfType<IntermediateCatchEvent>()
            .Where(c => c.Definition is LinkDefinition)
            .ToLookup(c => (c.ScopeId, ((LinkDefinition)c.Definition).Name));
        var throws = draft.Nodes.OfType<IntermediateThrowEvent>().Where(t => t.Link is not null).ToArray();

        foreach (var thrower in throws)
        {
            var count = catches[(thrower.ScopeId, thrower.Link!.Name)].Count();
            if (count != 1)
                yield return Issues.For(thrower, "link-target", count == 0
                    ? $"Expected a link catch event named '{thrower.Link.Name}' in the same scope, but there is none"
                    : $"Expected one link catch event named '{thrower.Link.Name}' in the same scope, but there are {count}");
        }

        foreach (var group in catches)
            foreach (var catcher in group)
            {
                if (catcher.Incoming.Count > 0)
                    yield return Issues.For(catcher, "link-incoming",
                        $"Expected no incoming sequence flow on a link catch event (its throw leads here), but found {catcher.Incoming.Count}");
                if (!throws.Any(t => t.ScopeId == group.Key.ScopeId && t.Link!.Name == group.Key.Name))
                    yield return Issues.For(catcher, "link-source",
                        $"Expected a link throw event named '{group.Key.Name}' in the same scope, but there is none");
            }

        foreach (var thrower in throws.Where(t => t.Outgoing.Count > 0))
            yield return Issues.For(thrower, "link-outgoing",
                $"Expected no outgoing sequence flow on a link throw event (it continues at its catch), but found {thrower.Outgoing.Count}");
    }
}
