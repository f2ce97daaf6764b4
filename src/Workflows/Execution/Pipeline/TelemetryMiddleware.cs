using SocialInsurance.Workflows.Diagnostics;

namespace SocialInsurance.Workflows.Execution.Pipeline;

/// <summary>A span and a counter per activation; with nobody listening the span is null and costs a check.</summary>
internal sealed class TelemetryMiddleware : IActivationMiddleware
{
    public async Task InvokeAsync(Activation activation, ActivationDelegate next)
    {
        using var span = EngineTelemetry.StartActivation(activation.Step.Model.Key, activation.Node, activation.Step.Instance.Id);
        activation.Span = span;
        await next(activation);
    }
}
