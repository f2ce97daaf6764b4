using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Api.Tests.Applications;
using SocialInsurance.Api.Tests.Support;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Persistence;

namespace SocialInsurance.Api.Tests.Hardening;

/// <summary>
/// A database that cannot take a request now (pool exhausted, server out of connection slots, SQLite's write lock not
/// granted, no step slot) is overload: 503 with <c>Retry-After</c> and <c>request.overloaded</c>, never a 500 — the
/// request changed nothing and may be sent again.
/// </summary>
public sealed class OverloadTests
{
    public static TheoryData<string, Exception, bool> Failures() => new()
    {
        { "53300 too many connections, as EF wraps it", new InvalidOperationException("transient", new PostgresException("too many", "FATAL", "FATAL", PostgresErrorCodes.TooManyConnections)), true },
        { "57P03 cannot connect now", new PostgresException("starting up", "FATAL", "FATAL", PostgresErrorCodes.CannotConnectNow), true },
        { "no pooled connection within Timeout", new InvalidOperationException("transient", new NpgsqlException("The operation has timed out", new TimeoutException())), true },
        { "SQLite busy", new SqliteException("database is locked", 5), true },
        { "no step slot", new StepAdmissionTimeoutException(22, TimeSpan.FromSeconds(10)), true },
        { "a unique violation is a bug or a race, not load", new PostgresException("duplicate", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation), false },
        { "a SQLite constraint", new SqliteException("constraint failed", 19), false },
        { "anything else", new InvalidOperationException("broken"), false },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void OverloadExceptionHandler_RecognisesOverload_OnlyForTheDatabaseRunningOutOfCapacity(string failure, Exception exception, bool overload)
    {
        // Given the failure; When / Then
        Assert.True(OverloadExceptionHandler.IsOverload(exception) == overload, failure);
    }

    [SkippableFact]
    public async Task SubmitApplication_Returns503WithRetryAfter_WhenNoPooledConnectionFreesUpInTime_OnPostgreSql()
    {
        // Given a node whose every pooled connection of the stores is taken (and a pool wait of one second)
        Skip.If(PostgresDatabase.Server is null, $"{PostgresDatabase.Variable} is not set");
        await using var database = await PostgresDatabase.CreateAsync();
        await using var factory = new DatabaseApiFactory(database.ConnectionString + ";Maximum Pool Size=4;Timeout=1");
        var applicant = await factory.ClientForAsync("applicant1");
        var id = await Applicant.CreateAsync(applicant, Applicant.NewEnrollment());
        await Applicant.UploadAllAsync(applicant, id);
        var pool = factory.Services.GetRequiredService<StoreDataSource>();
        var held = new List<System.Data.Common.DbConnection>();
        for (var i = 0; i < pool.StorePoolSize; i++)
        {
            var connection = pool.CreateConnection();
            await connection.OpenAsync();
            held.Add(connection);
        }

        // When
        HttpResponseMessage response;
        try
        {
            response = await applicant.PostAsync($"/api/applications/{id}/submit", null);
        }
        finally
        {
            foreach (var connection in held)
            {
                await connection.DisposeAsync();
            }
        }

        // Then overload, with a time to come back, and the case untouched
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("request.overloaded", problem.GetProperty("code").GetString());
        Assert.Equal("Draft", (await Applicant.GetAsync(applicant, id)).GetProperty("status").GetString());
    }
}
