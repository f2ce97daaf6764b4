using SocialInsurance.Workflows.Diagnostics;
using SocialInsurance.Workflows.Execution.Interpreter;

namespace SocialInsurance.Workflows.Execution.Pipeline;

/// <summary>
/// A BPMN error is a business answer, in a command or a job alike: caught by a boundary event, or an incident at
/// once. Any other failure becomes an incident on the element, except inside a background job, where the whole step
/// rolls back so the job can be retried, and except conflicts and cancellations, which are not the element's fault.
/// </summary>
internal sealed class IncidentMiddleware : IActivationMiddleware
{
    public async Task InvokeAsync(Activation activation, ActivationDelegate next)
    {
        var step = activation.Step;
        try
        {
            await next(activation);
        }
        catch (BpmnErrorException error)
        {
            await step.CatchOrFailAsync(activation.Token, activation.Node, error.Code, error.ErrorMessage);
        }
        catch (Exception ex)
        {
            EngineTelemetry.Failed(activation.Span, step.Model.Key, activation.Node, ex);
            if (step.FailureMode != FailureMode.Incident || !StepContext.IsRecoverable(ex))
            {
                throw;
            }

            await step.FailAsync(activation.Token, activation.Node, ex);
        }
    }
}
