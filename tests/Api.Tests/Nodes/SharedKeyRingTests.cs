using SocialInsurance.Api.Infrastructure.Persistence;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Api.Infrastructure.KeyRing;
using SocialInsurance.Api.Tests.Support;
using SocialInsurance.Testing;

namespace SocialInsurance.Api.Tests.Nodes;

/// <summary>Two nodes on one database: a token one node issued is accepted by the other (behind a load balancer, the next request may land anywhere).</summary>
public sealed class SharedKeyRingTests
{
    [Fact]
    public async Task BearerToken_IssuedByOneNode_IsAcceptedByAnother_OnSqlite()
    {
        var file = Path.Combine(Path.GetTempPath(), "si-api-tests", $"shared-{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await using var nodeA = new DatabaseApiFactory(sqliteFile: file);
        await using var nodeB = new DatabaseApiFactory(sqliteFile: file);
        await AssertSharedAsync(nodeA, nodeB);
    }

    [SkippableFact]
    public async Task BearerToken_IssuedByOneNode_IsAcceptedByAnother_OnPostgreSql()
    {
        Skip.If(PostgresDatabase.Server is null, $"{PostgresDatabase.Variable} is not set");
        await using var database = await PostgresDatabase.CreateAsync();
        await using var nodeA = new DatabaseApiFactory(database.ConnectionString);
        await using var nodeB = new DatabaseApiFactory(database.ConnectionString);
        await AssertSharedAsync(nodeA, nodeB);
    }

    private static async Task AssertSharedAsync(DatabaseApiFactory nodeA, DatabaseApiFactory nodeB)
    {
        // Given: node B is up before node A issues anything, as in a running cluster
        using var clientB = nodeB.CreateClient();
        using var clientA = nodeA.CreateClient();
        var login = await clientA.PostAsJsonAsync("/api/auth/login", new { userName = "reviewer1", password = ApiFactory.Password });
        var tokens = await login.Content.ReadFromJsonAsync<JsonElement>();

        // When
        clientB.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("accessToken").GetString());
        var me = await clientB.GetAsync("/api/me");
        var refreshed = await clientB.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = tokens.GetProperty("refreshToken").GetString() });

        // Then
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        await using var scope = nodeB.Services.CreateAsyncScope();
        Assert.NotEmpty(await scope.ServiceProvider.GetRequiredService<CaseServiceDbContext>().DataProtectionKeys.ToListAsync());
    }
}
