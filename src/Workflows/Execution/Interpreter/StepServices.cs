using SocialInsurance.Workflows.Execution.Elements;
using SocialInsurance.Workflows.Expressions;

namespace SocialInsurance.Workflows.Execution.Interpreter;

/// <summary>The few collaborators a step needs, gathered so handlers do not take a bag of services each.</summary>
internal sealed record StepServices(
    ElementHandlerRegistry Handlers,
    IExpressionEvaluator Expressions,
    TimeProvider Time,
    StepScope Scope);
