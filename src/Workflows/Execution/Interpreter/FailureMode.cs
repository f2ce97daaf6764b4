namespace SocialInsurance.Workflows.Execution.Interpreter;

internal enum FailureMode
{
    /// <summary>The failing token stays where it is with an incident; the rest of the step commits.</summary>
    Incident,
    /// <summary>The step is abandoned and the exception propagates (async jobs: the job is retried).</summary>
    Throw,
}
