using System.Collections.Concurrent;
using SocialInsurance.Workflows.Activities;

namespace SocialInsurance.Testing;

/// <summary>Activity behaviour a test can change between steps (fail twice, then succeed) and the calls it saw.</summary>
public sealed class TestActivities
{
    private readonly ConcurrentDictionary<string, Func<ActivityContext, ActivityResult>> _behaviours = new();

    public TestActivities(params string[] topics)
    {
        Topics = topics.Length == 0 ? ["test.echo", "test.fail"] : topics;
        foreach (var topic in Topics)
        {
            _behaviours[topic] = _ => ActivityResult.Empty;
        }

        _behaviours["test.fail"] = _ => throw new InvalidOperationException("the tax bureau did not answer");
    }

    public IReadOnlyList<string> Topics { get; }
    public ConcurrentQueue<(string Topic, ActivityContext Context)> Calls { get; } = new();

    public void On(string topic, Func<ActivityContext, ActivityResult> behaviour) => _behaviours[topic] = behaviour;

    internal ActivityResult Invoke(string topic, ActivityContext context)
    {
        Calls.Enqueue((topic, context));
        return _behaviours[topic](context);
    }
}

internal sealed class DelegateActivity(string topic, TestActivities activities) : IActivityHandler
{
    public ActivityDescriptor Descriptor { get; } = new(topic, topic, topic, "test activity");

    public Task<ActivityResult> ExecuteAsync(ActivityContext context) => Task.FromResult(activities.Invoke(topic, context));
}
