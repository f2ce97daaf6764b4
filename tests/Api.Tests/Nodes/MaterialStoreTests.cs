using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Api.Infrastructure.Materials;
using SocialInsurance.Api.Tests.Support;
using SocialInsurance.Testing;

namespace SocialInsurance.Api.Tests.Nodes;

/// <summary>Both material stores keep the same contract, each on the host's real database or folder.</summary>
public sealed class MaterialStoreTests
{
    [Fact]
    public async Task FileSystemStore_KeepsReadsCountsAndDeletesFiles_ByDefaultOnSqlite()
    {
        // Given
        await using var host = new ApiFactory();

        // When / Then
        var store = host.Services.GetRequiredService<IMaterialStore>();
        Assert.IsType<FileSystemMaterialStore>(store);
        await AssertContractAsync(store);
    }

    [Fact]
    public async Task DatabaseStore_KeepsReadsCountsAndDeletesFiles_OnSqlite()
    {
        // Given
        await using var factory = new ApiFactory();
        await using var host = factory.WithWebHostBuilder(b => b.UseSetting("Materials:Store", "Database"));

        // When / Then
        var store = host.Services.GetRequiredService<IMaterialStore>();
        Assert.IsType<DatabaseMaterialStore>(store);
        await AssertContractAsync(store);
    }

    [SkippableFact]
    public async Task DatabaseStore_KeepsReadsCountsAndDeletesFiles_ByDefaultOnPostgreSql()
    {
        // Given
        Skip.If(PostgresDatabase.Server is null, $"{PostgresDatabase.Variable} is not set");
        await using var database = await PostgresDatabase.CreateAsync();
        await using var host = new DatabaseApiFactory(database.ConnectionString);

        // When / Then
        var store = host.Services.GetRequiredService<IMaterialStore>();
        Assert.IsType<DatabaseMaterialStore>(store);
        await AssertContractAsync(store);
    }

    [Fact]
    public void MaterialStore_RefusesToStart_WhenTheSettingNamesNoStore()
    {
        // Given
        using var factory = new ApiFactory();
        using var host = factory.WithWebHostBuilder(b => b.UseSetting("Materials:Store", "Cloud"));

        // When
        var failure = Assert.ThrowsAny<Exception>(() => host.Services);

        // Then
        Assert.Contains("Materials:Store", failure.ToString(), StringComparison.Ordinal);
    }

    private static async Task AssertContractAsync(IMaterialStore store)
    {
        // Given two applications, one with two files
        var ct = CancellationToken.None;
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        var (a, b, c) = (Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("N"));
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01];
        var pdf = "%PDF-1.4\n%%EOF\n"u8.ToArray();

        // When
        await store.SaveAsync(first, a, jpeg, ct);
        await store.SaveAsync(first, b, pdf, ct);
        await store.SaveAsync(second, c, jpeg, ct);

        // Then each reads back whole, heads carry size and the first bytes, and sums cover what was asked
        Assert.Equal(jpeg, await store.ReadAsync(first, a, ct));
        Assert.Equal(pdf, await store.ReadAsync(first, b, ct));
        Assert.Null(await store.ReadAsync(second, a, ct));
        var head = await store.HeadAsync(first, a, ct);
        Assert.Equal(jpeg.Length, head!.Size);
        Assert.Equal(jpeg[..MaterialStores.HeadLength], head.Head);
        Assert.Null(await store.HeadAsync(first, c, ct));
        Assert.Equal(jpeg.Length + pdf.Length, await store.BytesOfAsync([first], ct));
        Assert.Equal(2 * jpeg.Length + pdf.Length, await store.BytesOfAsync([first, second, Guid.NewGuid()], ct));
        Assert.Equal(0, await store.BytesOfAsync([], ct));

        // When one file is deleted, then every file of the first application
        await store.DeleteAsync(first, a, ct);
        Assert.Null(await store.ReadAsync(first, a, ct));
        Assert.Equal(pdf.Length, await store.BytesOfAsync([first], ct));
        await store.DeleteAllAsync(first, ct);

        // Then only the other application's file is left
        Assert.Equal(0, await store.BytesOfAsync([first], ct));
        Assert.Equal(jpeg, await store.ReadAsync(second, c, ct));
    }
}
