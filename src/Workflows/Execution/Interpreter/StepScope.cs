using Microsoft.Extensions.DependencyInjection;

namespace SocialInsurance.Workflows.Execution.Interpreter;

/// <summary>
/// The DI scope of one step, created only when an activity handler asks for a service: most steps (a task completed,
/// a message correlated) never call one, and a scope per step would be pure allocation.
/// </summary>
internal sealed class StepScope(IServiceScopeFactory scopes) : IAsyncDisposable
{
    private AsyncServiceScope? _scope;

    public IServiceProvider Services => (_scope ??= scopes.CreateAsyncScope()).ServiceProvider;

    public ValueTask DisposeAsync() => _scope?.DisposeAsync() ?? ValueTask.CompletedTask;
}
