namespace SocialInsurance.Workflows.Execution.Pipeline;

/// <summary>
/// Subscribes what can interrupt the element while it runs: its boundary events (they belong to a multi-instance
/// body, armed once for all instances) and the starts of event sub-processes inside it (each inner instance is a
/// scope of its own). Before the handler, so an element that completes at once has them removed as it leaves.
/// </summary>
internal sealed class ScopeEventsMiddleware : IActivationMiddleware
{
    public async Task InvokeAsync(Activation activation, ActivationDelegate next)
    {
        var step = activation.Step;
        if (activation.Token.LoopCounter is null)
        {
            await step.ArmBoundaryEventsAsync(activation.Token, activation.Node);
        }

        if (!activation.IsBody)
        {
            await step.ArmEventSubProcessesAsync(activation.Token.Id, activation.Node.Id);
        }

        await next(activation);
    }
}
