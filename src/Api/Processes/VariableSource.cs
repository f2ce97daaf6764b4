namespace SocialInsurance.Api.Processes;

/// <summary>Where a process variable first gets its value.</summary>
public enum VariableSource
{
    /// <summary>Passed when the instance starts (the submit route).</summary>
    Start,

    /// <summary>A user task's completion (the review form).</summary>
    TaskCompletion,

    /// <summary>A service task's handler, among its declared outputs.</summary>
    ServiceTask,

    /// <summary>The model itself (a business rule task's result variable, an output mapping).</summary>
    Model,

    /// <summary>The payload of a correlated message.</summary>
    Message,
}
