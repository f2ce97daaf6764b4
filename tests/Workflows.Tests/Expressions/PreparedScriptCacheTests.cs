using Jint;
using SocialInsurance.Workflows.Expressions;

namespace SocialInsurance.Workflows.Tests.Expressions;

public sealed class PreparedScriptCacheTests
{
    private readonly List<string> _compiled = [];

    private CompiledSource Compile(CacheKey key)
    {
        _compiled.Add(key.Source);
        return new CompiledSource(Engine.PrepareScript(key.Source), null);
    }

    [Fact]
    public void GetOrAdd_CompilesOnce_WhenTheSameTextIsUsedAgain()
    {
        // Given
        var cache = new PreparedScriptCache(capacity: 8);

        // When
        var first = cache.GetOrAdd(new CacheKey("a > 1", false), Compile);
        var second = cache.GetOrAdd(new CacheKey("a > 1", false), Compile);

        // Then
        Assert.Same(first, second);
        Assert.Equal(["a > 1"], _compiled);
    }

    [Fact]
    public void GetOrAdd_DropsTheLeastRecentlyUsed_WhenMoreTextsThanTheCapacityAreUsed()
    {
        // Given
        var cache = new PreparedScriptCache(capacity: 4);
        foreach (var text in new[] { "1", "2", "3", "4", "5", "6" }) cache.GetOrAdd(new CacheKey(text, false), Compile);
        _compiled.Clear();

        // When
        cache.GetOrAdd(new CacheKey("1", false), Compile);

        // Then
        Assert.Equal(["1"], _compiled);
    }

    [Fact]
    public void GetOrAdd_KeepsATextInUse_AcrossATurnover()
    {
        // Given
        var cache = new PreparedScriptCache(capacity: 4);
        foreach (var text in new[] { "hot", "2", "hot", "3", "hot", "4", "hot", "5" }) cache.GetOrAdd(new CacheKey(text, false), Compile);

        // When
        cache.GetOrAdd(new CacheKey("hot", false), Compile);

        // Then
        Assert.Single(_compiled, "hot");
    }
}
