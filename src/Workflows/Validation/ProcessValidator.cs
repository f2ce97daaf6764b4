using SocialInsurance.Workflows.Kinds;

namespace SocialInsurance.Workflows.Validation;

/// <summary>
/// Every structural rule: each element kind's own rules, as registered in <see cref="ElementKinds"/>, then the rules
/// that span kinds. A new element kind adds its rules on its line there, not here.
/// </summary>
internal sealed class ProcessValidator(IReadOnlySet<string>? knownTopics)
{
    private readonly IElementRules[] _rules =
    [
        .. ElementKinds.All.SelectMany(k => k.Rules).Select(rules => rules(knownTopics)),
        .. SpanningKinds(),
    ];

    /// <summary>Rules about what several kinds share: every flow node, timers, links, errors and multi-instance loops.</summary>
    internal static IElementRules[] SpanningKinds() =>
    [
        new FlowNodeRules(),
        new TimerEventDefinitionRules(),
        new LinkEventRules(),
        new ErrorEventRules(),
        new MultiInstanceRules(),
        new CompensationRules(),
    ];

    public IReadOnlyList<ValidationIssue> Check(ProcessDraft draft) => _rules.SelectMany(r => r.Check(draft)).ToList();
}
