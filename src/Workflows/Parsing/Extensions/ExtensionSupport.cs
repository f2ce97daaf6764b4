namespace SocialInsurance.Workflows.Parsing.Extensions;

[Flags]
internal enum ExtensionSupport
{
    None = 0,
    InputParameters = 1,
    OutputParameters = 2,

    /// <summary><c>camunda:taskListener</c>, read by the user task's own reader.</summary>
    TaskListeners = 4,
}
