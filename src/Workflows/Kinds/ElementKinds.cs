using SocialInsurance.Workflows.Execution.Elements;
using SocialInsurance.Workflows.Execution.Elements.Events;
using SocialInsurance.Workflows.Execution.Elements.Gateways;
using SocialInsurance.Workflows.Execution.Elements.Tasks;
using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Model.Events;
using SocialInsurance.Workflows.Model.Gateways;
using SocialInsurance.Workflows.Model.Tasks;
using SocialInsurance.Workflows.Parsing;
using SocialInsurance.Workflows.Parsing.Events;
using SocialInsurance.Workflows.Parsing.Gateways;
using SocialInsurance.Workflows.Parsing.Tasks;
using SocialInsurance.Workflows.Validation;

namespace SocialInsurance.Workflows.Kinds;

/// <summary>
/// The supported BPMN subset, one line per element kind (Zeebe's BpmnElementProcessors, with the reader and the
/// rules beside the handler). The parser reads only these elements and rejects any other at deploy, the validator
/// runs their rules, and the interpreter finds their handlers here, so a kind cannot be read but not run.
/// <para>
/// To add an element kind: write its model node (Model/), its <c>&lt;Element&gt;Reader</c> (Parsing/), its
/// <c>&lt;Element&gt;Rules</c> if it has any (Validation/) and its <c>&lt;Element&gt;Handler</c> (Execution/Elements/),
/// then add one line below. Rules that span kinds (every flow node, timers, links, errors, multi-instance) stay in
/// <see cref="ProcessValidator"/>. <c>ElementKindsTests</c> fails if a node, reader, rules or handler type is left out.
/// </para>
/// </summary>
internal static class ElementKinds
{
    public static readonly IReadOnlyList<ElementKind> All =
    [
        Kind(new StartEventReader(), [Runs<StartEvent, StartEventHandler>()], _ => new StartEventRules()),
        Kind(new EndEventReader(), [Runs<EndEvent, EndEventHandler>()], _ => new EndEventRules()),
        Kind(new IntermediateCatchEventReader(), [Runs<IntermediateCatchEvent, IntermediateCatchEventHandler>()]),
        Kind(new BoundaryEventReader(), [Runs<BoundaryEvent, BoundaryEventHandler>()], _ => new BoundaryEventRules()),
        Kind(new UserTaskReader(), [Runs<UserTask, UserTaskHandler>()], _ => new UserTaskRules()),
        Kind(new ServiceTaskReader(), [Runs<ServiceTask, ServiceTaskHandler>()], topics => new ServiceTaskRules(topics)),
        Kind(new ScriptTaskReader(), [Runs<ScriptTask, ScriptTaskHandler>()], _ => new ScriptTaskRules()),
        Kind(new BusinessRuleTaskReader(), [Runs<BusinessRuleTask, BusinessRuleTaskHandler>()], _ => new BusinessRuleTaskRules()),
        Kind(new SubProcessReader(),
            [Runs<SubProcess, SubProcessHandler>(), Runs<EventSubProcess, EventSubProcessHandler>()],
            _ => new SubProcessRules(), _ => new EventSubProcessRules()),
        Kind(new ExclusiveGatewayReader(), [Runs<ExclusiveGateway, ExclusiveGatewayHandler>()], _ => new ExclusiveGatewayRules()),
        Kind(new ParallelGatewayReader(), [Runs<ParallelGateway, ParallelGatewayHandler>()]),
        Kind(new EventBasedGatewayReader(), [Runs<EventBasedGateway, EventBasedGatewayHandler>()], _ => new EventBasedGatewayRules()),
        Kind(new SequenceFlowReader(), [], _ => new SequenceFlowRules()),
        Kind(new PassThroughTaskReader("task"), [Runs<PassThroughTask, PassThroughTaskHandler>()]),
        Kind(new PassThroughTaskReader("manualTask"), [Runs<PassThroughTask, PassThroughTaskHandler>()]),
        Kind(new SendTaskReader(), [Runs<SendTask, ServiceTaskHandler>()]),
        Kind(new ReceiveTaskReader(), [Runs<ReceiveTask, ReceiveTaskHandler>()]),
        Kind(new IntermediateThrowEventReader(), [Runs<IntermediateThrowEvent, IntermediateThrowEventHandler>()]),
        Kind(new InclusiveGatewayReader(), [Runs<InclusiveGateway, InclusiveGatewayHandler>()]),
        Kind(new CallActivityReader(), [Runs<CallActivity, CallActivityHandler>()], _ => new CallActivityRules()),
    ];

    private static ElementKind Kind(
        IElementReader reader, ElementKind.Run[] runs, params Func<IReadOnlySet<string>?, IElementRules>[] rules) =>
        new(reader, runs, rules);

    private static ElementKind.Run Runs<TNode, THandler>()
        where TNode : FlowNode
        where THandler : IElementHandler =>
        new(typeof(TNode), typeof(THandler));
}
