using SocialInsurance.Workflows.Execution.Journal;

namespace SocialInsurance.Workflows.Execution.Pipeline;

/// <summary>The Activated entry, before anything the element does; a join writes its own, once, when it fires.</summary>
internal sealed class JournalMiddleware : IActivationMiddleware
{
    public Task InvokeAsync(Activation activation, ActivationDelegate next)
    {
        if (!activation.Handler.JournalsOwnActivation)
        {
            activation.Step.Journal(activation.Node, JournalEvents.Activated, activation.Token);
        }

        return next(activation);
    }
}
