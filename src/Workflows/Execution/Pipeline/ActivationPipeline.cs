namespace SocialInsurance.Workflows.Execution.Pipeline;

/// <summary>
/// What happens around a handler when a token activates its element, outermost first. The order is the engine's
/// contract: the span covers everything; failures anywhere inside (the loop guard's too) become incidents or BPMN
/// error catches; the Activated entry precedes the input mappings and the boundary subscriptions the handler's own
/// entries follow. Built once: the middlewares are stateless, a step's counters live on the step.
/// </summary>
internal static class ActivationPipeline
{
    private static readonly IActivationMiddleware[] Middlewares =
    [
        new TelemetryMiddleware(),
        new IncidentMiddleware(),
        new LoopGuardMiddleware(),
        new JournalMiddleware(),
        new InputMappingMiddleware(),
        new ScopeEventsMiddleware(),
    ];

    private static readonly ActivationDelegate Run = Build();

    public static Task RunAsync(Activation activation) => Run(activation);

    private static ActivationDelegate Build()
    {
        ActivationDelegate next = static activation =>
            activation.Handler.ActivateAsync(activation.Step.ContextFor(activation.Token, activation.Node, activation.Trigger));
        for (var i = Middlewares.Length - 1; i >= 0; i--)
        {
            var middleware = Middlewares[i];
            var inner = next;
            next = activation => middleware.InvokeAsync(activation, inner);
        }

        return next;
    }
}
