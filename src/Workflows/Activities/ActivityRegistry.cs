namespace SocialInsurance.Workflows.Activities;

/// <summary>Every activity handler by topic, built from the handlers registered in DI. Two handlers on one topic is a start-up error.</summary>
public sealed class ActivityRegistry
{
    private readonly Dictionary<string, IActivityHandler> _byTopic;

    public ActivityRegistry(IEnumerable<IActivityHandler> handlers)
    {
        _byTopic = new(StringComparer.Ordinal);
        foreach (var handler in handlers)
        {
            if (!_byTopic.TryAdd(handler.Descriptor.Topic, handler))
            {
                throw new InvalidOperationException(
                    $"Expected one activity handler per topic, but '{handler.Descriptor.Topic}' is registered by {_byTopic[handler.Descriptor.Topic].GetType().Name} and {handler.GetType().Name}.");
            }
        }
    }

    public IReadOnlySet<string> Topics => _byTopic.Keys.ToHashSet(StringComparer.Ordinal);

    public IEnumerable<ActivityDescriptor> Descriptors => _byTopic.Values.Select(h => h.Descriptor).OrderBy(d => d.Topic, StringComparer.Ordinal);

    public IActivityHandler? Find(string topic) => _byTopic.GetValueOrDefault(topic);
}
