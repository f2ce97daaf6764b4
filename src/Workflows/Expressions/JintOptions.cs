namespace SocialInsurance.Workflows.Expressions;

/// <summary>
/// The limits of the sandbox every expression and script runs in. Definitions are written by administrators, but
/// they run against applicants' data on the engine's own threads, so a loop that never ends or a list that grows
/// without bound must cost one incident, not a stalled node. Each limit ends the evaluation with an
/// <see cref="ExpressionException"/> of its own <see cref="ExpressionErrorKind"/>; a script cannot catch it with
/// <c>try</c>/<c>catch</c>. A limit set to zero or less is rejected rather than read as "unlimited", which is what
/// Jint would make of it: a configuration typo must not switch the sandbox off.
/// </summary>
/// <remarks>
/// Always on, not configurable: strict mode; no CLR access (Jint's <c>AllowClr</c> is never called, so
/// <c>System</c>, <c>importNamespace</c> and <c>clrHelper</c> do not exist); no <c>eval</c> or
/// <c>new Function(text)</c>, so a variable holding an applicant's text can never become code; Jint's native stack
/// guard, so recursion through getters or callbacks that the depth count misses ends in an error instead of a
/// process-killing stack overflow; and frozen built-ins (<c>Object.prototype</c>, <c>Array.prototype</c>,
/// <c>Math</c>, ...), because engines are pooled and a script that patched a prototype would change every later
/// evaluation on that engine.
/// </remarks>
public sealed class JintOptions
{
    /// <summary>
    /// Wall-clock budget of one evaluation (default 2 s). It catches what counting statements cannot: one statement
    /// that runs long, such as a regular expression with catastrophic backtracking (regular expressions get the same
    /// timeout) or sorting a huge array. <c>while (true) {}</c> is stopped by whichever of this and
    /// <see cref="MaxStatements"/> comes first — with the defaults, the statement limit, within tens of milliseconds.
    /// Two seconds is far above what a business condition needs and still short enough that a stuck script
    /// holds a worker thread only briefly.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Bytes one evaluation may allocate (default 4 MB). Jint measures this with the .NET per-thread allocation
    /// counter, from the start of the evaluation: it counts everything allocated on the evaluating thread —
    /// garbage included, and the interpreter's own bookkeeping — so it is a budget of allocation, not a cap on live
    /// memory. About 30,000 small objects created in a loop use 4 MB even if each is dropped at once; a condition or
    /// a form-sized script uses a few kilobytes. Allocations by other threads never count, so concurrent evaluations
    /// do not eat each other's budget. A single string concatenation whose result alone exceeds the budget is
    /// refused before it is built.
    /// </summary>
    public long MemoryLimitBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>
    /// Statements one evaluation may execute (default 100,000): the deterministic stop for endless loops —
    /// the same script fails at the same point on every node, unlike a timeout, which depends on machine load.
    /// Statements in called functions count too.
    /// </summary>
    public int MaxStatements { get; set; } = 100_000;

    /// <summary>
    /// Nested function calls one evaluation may make (default 64). Without it, <c>function f() { return f(); }</c>
    /// overflows the native stack, which .NET cannot catch: the whole process would die. Business scripts rarely
    /// nest more than a handful of calls.
    /// </summary>
    public int MaxRecursionDepth { get; set; } = 64;

    /// <summary>
    /// How many parsed expressions and scripts are kept (default 4,096). Parsing costs several times more than
    /// evaluating a simple condition, and a deployed definition version is immutable, so the same text always
    /// compiles the same. The bound keeps memory flat when many versions are deployed over time; a text that falls
    /// out is simply parsed again.
    /// </summary>
    public int PreparedScriptCacheSize { get; set; } = 4096;

    internal void Validate()
    {
        if (Timeout <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(Timeout), Timeout, "Expected a positive expression timeout.");
        if (MemoryLimitBytes <= 0)
            throw new ArgumentOutOfRangeException(nameof(MemoryLimitBytes), MemoryLimitBytes, "Expected a positive expression memory limit.");
        if (MaxStatements <= 0 || MaxStatements == int.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(MaxStatements), MaxStatements, "Expected a positive expression statement limit below int.MaxValue.");
        if (MaxRecursionDepth <= 0)
            throw new ArgumentOutOfRangeException(nameof(MaxRecursionDepth), MaxRecursionDepth, "Expected a positive expression recursion depth limit.");
        if (PreparedScriptCacheSize < 2)
            throw new ArgumentOutOfRangeException(nameof(PreparedScriptCacheSize), PreparedScriptCacheSize, "Expected a prepared-script cache of at least 2 entries.");
    }
}
