using System.Collections.Concurrent;

namespace SocialInsurance.Workflows.Expressions;

/// <summary>
/// A bounded, thread-safe cache of compiled sources. Two generations instead of a true LRU: lookups stay lock-free
/// (a condition is evaluated in well under a microsecond, so a lock per lookup would show), and when the young
/// generation fills up it becomes the old one and the previous old one is dropped. A text still in use is copied
/// back into the young generation on its next hit, so what survives a turnover is what was used recently.
/// About <c>capacity</c> entries are held at most (two threads racing at a turnover can add a few more).
/// </summary>
internal sealed class PreparedScriptCache
{
    private readonly int _generationSize;
    private readonly Lock _turnover = new();
    private ConcurrentDictionary<CacheKey, CompiledSource> _young = new();
    private ConcurrentDictionary<CacheKey, CompiledSource> _old = new();
    private int _youngCount;

    public PreparedScriptCache(int capacity) => _generationSize = Math.Max(1, capacity / 2);

    public CompiledSource GetOrAdd(CacheKey key, Func<CacheKey, CompiledSource> compile)
    {
        var young = _young;
        if (young.TryGetValue(key, out var compiled)) return compiled;

        // A failed compile throws here and is not cached: a broken text costs a parse per use, which is
        // acceptable for something that raises an incident anyway.
        compiled = _old.TryGetValue(key, out var old) ? old : compile(key);
        if (young.TryAdd(key, compiled) && Interlocked.Increment(ref _youngCount) >= _generationSize)
        {
            Rotate(young);
        }

        return compiled;
    }

    private void Rotate(ConcurrentDictionary<CacheKey, CompiledSource> full)
    {
        lock (_turnover)
        {
            if (!ReferenceEquals(_young, full)) return;
            _old = full;
            _young = new ConcurrentDictionary<CacheKey, CompiledSource>();
            Volatile.Write(ref _youngCount, 0);
        }
    }
}
