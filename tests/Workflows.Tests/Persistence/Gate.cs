using SocialInsurance.Workflows.Activities;

namespace SocialInsurance.Workflows.Tests.Persistence;

/// <summary>
/// The activity of topic <c>test.gate</c>: holds its step until opened and tells when a step got there, so a test
/// can let other steps run at that exact point — no sleeps. With <paramref name="joinsTransaction"/> it first begins
/// the step's transaction, as an activity that writes does (the step then holds the writer while it waits).
/// </summary>
internal sealed class Gate(bool joinsTransaction = false) : IActivityHandler
{
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _calls;

    public ActivityDescriptor Descriptor { get; } = new("test.gate", "test.gate", "test.gate", "holds its step until opened");
    public Task Reached => _reached.Task;
    public int Calls => _calls;

    public void Open() => _open.TrySetResult();

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        Interlocked.Increment(ref _calls);
        if (joinsTransaction)
        {
            await context.Transaction.BeginAsync(context.CancellationToken);
        }

        _reached.TrySetResult();
        await _open.Task;
        return ActivityResult.Empty;
    }
}
