using SocialInsurance.Workflows.Execution.Elements.Events;
using SocialInsurance.Workflows.Execution.Elements.Gateways;
using SocialInsurance.Workflows.Execution.Elements.Tasks;
using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Model.Events;
using SocialInsurance.Workflows.Model.Gateways;
using SocialInsurance.Workflows.Model.Tasks;

namespace SocialInsurance.Workflows.Execution.Elements;

/// <summary>
/// Every executable element type and its handler, in one place (Zeebe's BpmnElementProcessors). The parser rejects
/// anything not listed here, so a missing handler is a deploy-time error, never a run-time surprise.
/// </summary>
public sealed class ElementHandlerRegistry
{
    private readonly Dictionary<Type, IElementHandler> _handlers;

    public ElementHandlerRegistry(ServiceTaskHandler serviceTasks, BusinessRuleTaskHandler businessRuleTasks, CallActivityHandler callActivities)
    {
        CallActivities = callActivities;
        _handlers = new()
        {
            [typeof(StartEvent)] = new StartEventHandler(),
            [typeof(EndEvent)] = new EndEventHandler(serviceTasks),
            [typeof(IntermediateCatchEvent)] = new IntermediateCatchEventHandler(),
            [typeof(BoundaryEvent)] = new BoundaryEventHandler(),
            [typeof(UserTask)] = new UserTaskHandler(),
            [typeof(ServiceTask)] = serviceTasks,
            [typeof(ScriptTask)] = new ScriptTaskHandler(),
            [typeof(BusinessRuleTask)] = businessRuleTasks,
            [typeof(SubProcess)] = new SubProcessHandler(),
            [typeof(EventSubProcess)] = new EventSubProcessHandler(),
            [typeof(ExclusiveGateway)] = new ExclusiveGatewayHandler(),
            [typeof(ParallelGateway)] = new ParallelGatewayHandler(),
            [typeof(EventBasedGateway)] = new EventBasedGatewayHandler(),
            [typeof(InclusiveGateway)] = new InclusiveGatewayHandler(),
            [typeof(PassThroughTask)] = new PassThroughTaskHandler(),
            [typeof(SendTask)] = serviceTasks,
            [typeof(ReceiveTask)] = new ReceiveTaskHandler(),
            [typeof(IntermediateThrowEvent)] = new IntermediateThrowEventHandler(serviceTasks),
            [typeof(CallActivity)] = callActivities,
        };
    }

    /// <summary>Also what the interpreter tells about a called instance's end, errors and cancellation.</summary>
    public CallActivityHandler CallActivities { get; }

    /// <summary>Runs any multi-instance activity's body; its inner tokens go to the activity's own handler.</summary>
    public IElementHandler MultiInstanceBody { get; } = new MultiInstanceBodyHandler();

    public IElementHandler For(FlowNode node) =>
        _handlers.TryGetValue(node.GetType(), out var handler)
            ? handler
            : throw new InvalidOperationException($"Expected a handler for element type '{node.ElementType}', but none is registered.");
}
