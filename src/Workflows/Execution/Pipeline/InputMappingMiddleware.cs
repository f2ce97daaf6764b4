using SocialInsurance.Workflows.Execution.Elements.Tasks;
using SocialInsurance.Workflows.Execution.Interpreter;
using SocialInsurance.Workflows.Model;

namespace SocialInsurance.Workflows.Execution.Pipeline;

/// <summary>
/// An activity's input parameters become its token's locals. Camunda maps inputs once per inner instance of a
/// multi-instance activity, never on its body; they join the inner token's loopCounter and element variable (and can
/// use them).
/// </summary>
internal sealed class InputMappingMiddleware : IActivationMiddleware
{
    public Task InvokeAsync(Activation activation, ActivationDelegate next)
    {
        if (!activation.IsBody && activation.Node is IVariableMapping { LocalInputs.Count: > 0 } mapped)
        {
            var step = activation.Step;
            var token = activation.Token;
            var inputs = IoMapping.EvaluateInputs(step.ContextFor(token, activation.Node), mapped.LocalInputs);
            activation.Token = step.SetLocals(token, StepContext.Overlay(token.Locals, inputs));
        }

        return next(activation);
    }
}
