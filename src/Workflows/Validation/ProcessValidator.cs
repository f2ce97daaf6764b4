namespace SocialInsurance.Workflows.Validation;

/// <summary>Every structural rule, in one list: a new element kind adds its rules here.</summary>
internal sealed class ProcessValidator(IReadOnlySet<string>? knownTopics)
{
    private readonly IElementRules[] _rules =
    [
        new StartEventRules(),
        new EndEventRules(),
        new FlowNodeRules(),
        new SequenceFlowRules(),
        new ExclusiveGatewayRules(),
        new EventBasedGatewayRules(),
        new BoundaryEventRules(),
        new SubProcessRules(),
        new EventSubProcessRules(),
        new TimerEventDefinitionRules(),
        new UserTaskRules(),
        new ServiceTaskRules(knownTopics),
        new ScriptTaskRules(),
        new LinkEventRules(),
        new ErrorEventRules(),
        new BusinessRuleTaskRules(),
        new MultiInstanceRules(),
        new CallActivityRules(),
        new CompensationRules(),
    ];

    public IReadOnlyList<ValidationIssue> Check(ProcessDraft draft) => _rules.SelectMany(r => r.Check(draft)).ToList();
}
