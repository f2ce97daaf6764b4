using SocialInsurance.Processes.Tests.Support;

namespace SocialInsurance.Processes.Tests.Contract;

/// <summary>One engine with the case handlers registered as the host registers them, shared by a test class.</summary>
public sealed class CaseEngineFixture : IAsyncLifetime
{
    public CaseEngine Engine { get; private set; } = null!;

    public async Task InitializeAsync() => Engine = await CaseEngine.StartAsync();

    public async Task DisposeAsync() => await Engine.DisposeAsync();
}
