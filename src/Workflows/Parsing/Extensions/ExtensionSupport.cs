namespace SocialInsurance.Workflows.Parsing.Extensions;

[Flags]
internal enum ExtensionSupport
{
    None = 0,
    InputParameters = 1,
    OutputParameters = 2,

    /// <summary><c>camunda:taskListener</c>, read by the user task's own reader.</summary>
    TaskListeners = 4,

    /// <summary><c>camunda:in</c>/<c>camunda:out</c> of a call activity, read by its own reader.</summary>
    CallVariables = 8,
}
