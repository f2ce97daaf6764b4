using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Workflows.Execution.Interpreter;
using SocialInsurance.Workflows.Kinds;
using SocialInsurance.Workflows.Model;

namespace SocialInsurance.Workflows.Execution.Elements;

/// <summary>
/// Every executable element type and its handler, as registered in <see cref="ElementKinds"/> (Zeebe's
/// BpmnElementProcessors). The parser reads only the kinds listed there, so a missing handler is a deploy-time
/// error, never a run-time surprise.
/// </summary>
public sealed class ElementHandlerRegistry
{
    private readonly Dictionary<Type, IElementHandler> _handlers = [];

    /// <summary>
    /// Handlers registered as services (the service-task, business-rule-task and call-activity handlers) are shared
    /// with the rest of the engine; the others are built here once, taking what they need from
    /// <paramref name="services"/>. One handler type serves every node type it is listed for (service and send tasks).
    /// </summary>
    public ElementHandlerRegistry(IServiceProvider services)
    {
        Calls = ActivatorUtilities.CreateInstance<CalledInstances>(services);
        var built = new Dictionary<Type, IElementHandler>();
        foreach (var run in ElementKinds.All.SelectMany(k => k.Runs))
        {
            if (!built.TryGetValue(run.Handler, out var handler))
                built[run.Handler] = handler = (IElementHandler)ActivatorUtilities.GetServiceOrCreateInstance(services, run.Handler);
            _handlers[run.Node] = handler;
        }
    }

    /// <summary>What the interpreter tells a call activity's side about a called instance's end, errors and cancellation.</summary>
    internal CalledInstances Calls { get; }

    /// <summary>Runs any multi-instance activity's body; its inner tokens go to the activity's own handler.</summary>
    public IElementHandler MultiInstanceBody { get; } = new MultiInstanceBodyHandler();

    public IElementHandler For(FlowNode node) =>
        _handlers.TryGetValue(node.GetType(), out var handler)
            ? handler
            : throw new InvalidOperationException($"Expected a handler for element type '{node.ElementType}', but none is registered.");
}
