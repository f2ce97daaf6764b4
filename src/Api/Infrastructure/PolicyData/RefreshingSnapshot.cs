namespace SocialInsurance.Api.Infrastructure.PolicyData;

/// <summary>
/// A value loaded from the database and reused until it is <see cref="Invalidate"/>d (this node saved an edit) or
/// <see cref="Lifetime"/> has passed — the latter so that on PostgreSQL, where several nodes share the tables, an edit
/// made on another node is seen within that time without a message bus. Every step and request reads the policy, so
/// reading the tables each time would double the queries of the busiest paths for figures that change a few times a year.
/// </summary>
public sealed class RefreshingSnapshot<T>(TimeProvider time)
    where T : class
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private Entry? _entry;
    private long _generation;

    public async ValueTask<T> GetAsync(Func<CancellationToken, Task<T>> load, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (_entry is { } entry && now - entry.LoadedAt is var age && age >= TimeSpan.Zero && age < Lifetime)
        {
            return entry.Value;
        }

        // An edit that commits while we load bumps the generation; the value we read may predate it, so it is used
        // for this call but not kept.
        var generation = Interlocked.Read(ref _generation);
        var value = await load(ct);
        if (Interlocked.Read(ref _generation) == generation)
        {
            _entry = new Entry(value, now);
        }

        return value;
    }

    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _entry = null;
    }

    private sealed record Entry(T Value, DateTimeOffset LoadedAt);
}
