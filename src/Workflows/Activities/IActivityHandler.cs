namespace SocialInsurance.Workflows.Activities;

/// <summary>
/// The work behind a service task, found by its topic. Runs inside the step's transaction: whatever it writes through
/// <see cref="ActivityContext.Transaction"/> commits with the step or not at all.
/// </summary>
public interface IActivityHandler
{
    ActivityDescriptor Descriptor { get; }

    Task<ActivityResult> ExecuteAsync(ActivityContext context);
}
