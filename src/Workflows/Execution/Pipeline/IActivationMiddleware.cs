namespace SocialInsurance.Workflows.Execution.Pipeline;

internal delegate Task ActivationDelegate(Activation activation);

/// <summary>One concern around every element activation (Elsa's activity middleware); it calls <c>next</c> to go on.</summary>
internal interface IActivationMiddleware
{
    Task InvokeAsync(Activation activation, ActivationDelegate next);
}
