using System.Collections.Concurrent;

namespace SocialInsurance.Workflows.Expressions;

/// <summary>
/// Idle engines: one parked on each thread that used one last, plus a shared bag of at most two per core. The
/// per-thread slot makes the common case — a worker evaluating condition after condition — two field accesses;
/// the bag catches engines when a thread already holds one (a nested or concurrent evaluator) and lets another
/// thread pick them up. Engines beyond the bound, and engines a limit has cut short, are left to the garbage
/// collector.
/// </summary>
internal sealed class SandboxPool(JintOptions options)
{
    // One slot per thread across all pools: the last pool to return an engine on this thread owns it. Both fields
    // are thread-local, so they can never be seen out of step.
    [ThreadStatic]
    private static SandboxPool? _parkedOwner;

    [ThreadStatic]
    private static SandboxEngine? _parkedEngine;

    private readonly ConcurrentBag<SandboxEngine> _idle = [];
    private readonly int _maxIdle = Environment.ProcessorCount * 2;
    private int _idleCount;

    public SandboxEngine Rent()
    {
        if (ReferenceEquals(_parkedOwner, this) && _parkedEngine is { } parked)
        {
            _parkedEngine = null;
            return parked;
        }

        if (_idle.TryTake(out var engine))
        {
            Interlocked.Decrement(ref _idleCount);
            return engine;
        }

        return new SandboxEngine(options);
    }

    public void Return(SandboxEngine engine)
    {
        if (!engine.IsReusable) return;
        if (_parkedEngine is null)
        {
            _parkedOwner = this;
            _parkedEngine = engine;
            return;
        }

        if (Interlocked.Increment(ref _idleCount) > _maxIdle)
        {
            Interlocked.Decrement(ref _idleCount);
            return;
        }

        _idle.Add(engine);
    }
}
