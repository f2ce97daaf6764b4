using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Hosting;
using SocialInsurance.Workflows.Persistence;

namespace SocialInsurance.Workflows.Tests.Persistence;

public sealed class StepAdmissionTests
{
    [Fact]
    public async Task EnterAsync_OnSqlite_AdmitsOneStepAtATime()
    {
        // Given: SQLite has one writer; a second step must queue here, not spin in the driver's busy loop
        var options = new WorkflowOptions { Provider = DatabaseProvider.Sqlite, GroupCommit = false };
        await using var source = new StoreDataSource(options);
        var admission = new StepAdmission(source, options);
        var first = await admission.EnterAsync(CancellationToken.None);

        // When
        var second = admission.EnterAsync(CancellationToken.None);

        // Then: the second waits until the first leaves
        Assert.Equal(1, admission.Slots);
        Assert.False(second.IsCompleted);
        first!.Dispose();
        (await second)!.Dispose();
    }

    [Fact]
    public async Task EnterAsync_OnSqlite_WaitsInArrivalOrder()
    {
        // Given
        var options = new WorkflowOptions { Provider = DatabaseProvider.Sqlite, GroupCommit = false };
        await using var source = new StoreDataSource(options);
        var admission = new StepAdmission(source, options);
        var holder = await admission.EnterAsync(CancellationToken.None);
        var order = new List<int>();
        var waiters = Enumerable.Range(1, 3).Select(async n =>
        {
            using var slot = await admission.EnterAsync(CancellationToken.None);
            order.Add(n);
        }).ToList();

        // When
        holder!.Dispose();
        await Task.WhenAll(waiters);

        // Then
        Assert.Equal([1, 2, 3], order);
    }

    [Fact]
    public async Task EnterAsync_OnPostgreSql_LeavesHangfireItsShareAndAQuarterOfTheRestToNestedReads()
    {
        // Given
        var options = new WorkflowOptions
        {
            Provider = DatabaseProvider.PostgreSql,
            ConnectionString = "Host=127.0.0.1;Username=si;Password=si;Database=postgres",
            MaxPoolSize = 30,
        };
        await using var source = new StoreDataSource(options);

        // When
        var admission = new StepAdmission(source, options);

        // Then: of 30, 7 are Hangfire's; of the stores' 23, a quarter (6) stays free for nested reads
        Assert.Equal(7, source.JobsPoolSize);
        Assert.Equal(6, admission.Reserve);
        Assert.Equal(17, admission.Slots);
    }

    [Fact]
    public async Task EnterAsync_OnSqliteWithGroupCommit_LeavesTheQueueingToTheSharedWriter()
    {
        // Given: with group commit the steps wait for their turn at the shared writer; a gate here would make every
        // group a single step
        var options = new WorkflowOptions { Provider = DatabaseProvider.Sqlite, GroupCommit = true };
        await using var source = new StoreDataSource(options);
        var admission = new StepAdmission(source, options);

        // When
        var first = await admission.EnterAsync(CancellationToken.None);
        var second = admission.EnterAsync(CancellationToken.None);

        // Then
        Assert.Equal(0, admission.Slots);
        Assert.True(second.IsCompleted);
        Assert.Null(first);
    }

    [Fact]
    public async Task Commit_OnSqlite_FreesTheWriterBeforeTheSessionIsDisposed()
    {
        // Given: after its commit a step still schedules its jobs (Hangfire has its own database and fsync); the next
        // step need not wait for that
        await using var engine = await TestEngine.StartAsync(configure: services =>
            ((WorkflowOptions)services.Single(d => d.ServiceType == typeof(WorkflowOptions)).ImplementationInstance!).GroupCommit = false);
        var store = engine.Services.GetRequiredService<IWorkflowStore>();
        var admission = engine.Services.GetRequiredService<StepAdmission>();
        await using var session = await store.OpenAsync(CancellationToken.None);
        var waiting = admission.EnterAsync(CancellationToken.None);
        Assert.False(waiting.IsCompleted);

        // When
        await session.CommitAsync(CancellationToken.None);

        // Then
        (await waiting.WaitAsync(TimeSpan.FromSeconds(5)))!.Dispose();
    }
}
