namespace SocialInsurance.Workflows.Model.Tasks;

/// <summary>A <c>camunda:taskListener</c> with an inline JavaScript script, run in the sandbox when its event happens.</summary>
public sealed record TaskListener(TaskEvent Event, string Script);
