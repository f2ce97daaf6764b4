using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Api.Tests.Applications;
using SocialInsurance.Api.Tests.Support;
using SocialInsurance.InsuranceRegistry;
using SocialInsurance.InsuranceRegistry.Simulation;
using SocialInsurance.TaxBureau;
using SocialInsurance.TaxBureau.Simulation;
using SocialInsurance.Testing;

namespace SocialInsurance.Api.Tests.Nodes;

/// <summary>
/// Two hosts on one PostgreSQL database, each with its own data folder (two machines behind a load balancer): what
/// one node stored, the other serves — uploaded files, the simulated bureau's agreements, the simulated registry.
/// </summary>
public sealed class SharedStateTests
{
    private const string Applicant1IdNumber = "650102199003071235";

    [SkippableFact]
    public async Task Material_UploadedThroughOneNode_IsDownloadedThroughAnother_OnPostgreSql()
    {
        // Given an applicant who uploads through node A
        Skip.If(PostgresDatabase.Server is null, $"{PostgresDatabase.Variable} is not set");
        await using var database = await PostgresDatabase.CreateAsync();
        await using var nodeA = new DatabaseApiFactory(database.ConnectionString);
        await using var nodeB = new DatabaseApiFactory(database.ConnectionString);
        var ownerA = await nodeA.ClientForAsync("applicant1");
        var id = await Applicant.CreateAsync(ownerA, Applicant.NewEnrollment());
        var materialId = await Applicant.UploadAllAsync(ownerA, id);
        await Applicant.SubmitAsync(ownerA, id);

        // When the owner, then the reviewer, read it through node B
        var ownerB = await nodeB.ClientForAsync("applicant1");
        var download = await ownerB.GetAsync($"/api/applications/{id}/materials/{materialId}");
        var reviewerB = await nodeB.ClientForAsync("reviewer1");
        var task = await Applicant.OfferedTaskAsync(reviewerB, id);
        var listed = await reviewerB.GetFromJsonAsync<JsonElement>($"/api/tasks/{task.GetProperty("id").GetGuid()}/materials");

        // Then node B serves node A's bytes, and lists every file with its type and size
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Applicant.Jpeg, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/jpeg", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(4, listed.GetArrayLength());
        Assert.All(listed.EnumerateArray(), m => Assert.NotEqual(JsonValueKind.Null, m.GetProperty("size").ValueKind));
    }

    [SkippableFact]
    public async Task Agreement_SignedThroughOneNode_IsWhatTheBureauAnswersOnAnother_OnPostgreSql()
    {
        // Given
        Skip.If(PostgresDatabase.Server is null, $"{PostgresDatabase.Variable} is not set");
        await using var database = await PostgresDatabase.CreateAsync();
        await using var nodeA = new DatabaseApiFactory(database.ConnectionString);
        await using var nodeB = new DatabaseApiFactory(database.ConnectionString);
        var applicantA = await nodeA.ClientForAsync("applicant1");

        // When the applicant signs through node A, and an administrator seeds the registry through node A
        var signed = await applicantA.PostAsJsonAsync("/api/simulators/tax/agreements", new { bankCode = "ICBC", accountNumber = "6222021234567890123" });
        Assert.True(signed.IsSuccessStatusCode, await signed.Content.ReadAsStringAsync());
        await nodeA.Services.GetRequiredService<InsuranceRegistrySimulator>().SeedAsync(new RegistryPerson(Applicant1IdNumber, [], 36, null, null));

        // Then the bureau and the registry node B's jobs and steps ask give the same answers
        var gatewayB = nodeB.Services.GetRequiredService<ITaxBureauGateway>();
        var status = Assert.Single(await gatewayB.GetAgreementStatusesAsync([Applicant1IdNumber], CancellationToken.None));
        Assert.Equal(AgreementState.Signed, status.State);
        Assert.Equal(36, (await nodeB.Services.GetRequiredService<InsuranceRegistrySimulator>().GetAsync(Applicant1IdNumber)).EmployerMonths);
    }

    [SkippableFact]
    public async Task DeductionBatch_ChargesOncePerMonth_WhenTwoNodesRunItAtOnce_OnPostgreSql()
    {
        // Given two simulators (two nodes' bureaus) on one database, and a signed agreement
        Skip.If(PostgresDatabase.Server is null, $"{PostgresDatabase.Variable} is not set");
        await using var database = await PostgresDatabase.CreateAsync();
        var shared = SimulatorDatabase.PostgreSql(() => new Npgsql.NpgsqlConnection(database.ConnectionString));
        using var nodeA = new TaxBureauSimulator(new TaxBureauSimulatorOptions(), TimeProvider.System, shared);
        using var nodeB = new TaxBureauSimulator(new TaxBureauSimulatorOptions(), TimeProvider.System, shared);
        await nodeA.SignAgreementAsync(Applicant1IdNumber, "张伟", "ICBC", "6222021234567890123", "张伟");
        var due = Enumerable.Range(0, 50).Select(i => (i == 0 ? Applicant1IdNumber : $"65010219900307{i:D3}X", 1000m)).ToList();

        // When both run the month's batch at the same moment
        var results = await Task.WhenAll(
            Task.Run(() => nodeA.RunDeductionBatchAsync("2026-03", due)),
            Task.Run(() => nodeB.RunDeductionBatchAsync("2026-03", due)));

        // Then the person was charged once: both batches report the one successful result
        var first = results[0].Single(r => r.IdNumber == Applicant1IdNumber);
        var second = results[1].Single(r => r.IdNumber == Applicant1IdNumber);
        Assert.Equal(DeductionOutcome.Succeeded, first.Outcome);
        Assert.Equal(first.ResultId, second.ResultId);
        Assert.Equal(first.ResultId, (await nodeB.GetDeductionResultsAsync("2026-03", [Applicant1IdNumber])).Single().ResultId);
    }

    [SkippableFact]
    public async Task Signing_WaitingForTheDatabase_WritesNothingAndFreesTheBureau_WhenCancelled_OnPostgreSql()
    {
        // Given a bureau on PostgreSQL whose agreements table another session holds locked (a long transaction)
        Skip.If(PostgresDatabase.Server is null, $"{PostgresDatabase.Variable} is not set");
        await using var database = await PostgresDatabase.CreateAsync();
        using var bureau = new TaxBureauSimulator(
            new TaxBureauSimulatorOptions(), TimeProvider.System, SimulatorDatabase.PostgreSql(() => new Npgsql.NpgsqlConnection(database.ConnectionString)));
        await using var other = new Npgsql.NpgsqlConnection(database.ConnectionString);
        await other.OpenAsync();
        await using var longTransaction = await other.BeginTransactionAsync();
        await using (var lockTable = new Npgsql.NpgsqlCommand("LOCK TABLE taxsim_agreements IN EXCLUSIVE MODE", other, longTransaction))
        {
            await lockTable.ExecuteNonQueryAsync();
        }

        // When a signing waits for that lock, a batch waits behind the signing, and both callers give up
        using var signingGivenUp = new CancellationTokenSource();
        using var batchGivenUp = new CancellationTokenSource();
        var signing = bureau.SignAgreementAsync(Applicant1IdNumber, "张伟", "ICBC", "6222021234567890123", "张伟", signingGivenUp.Token);
        var batch = bureau.RunDeductionBatchAsync("2026-03", [(Applicant1IdNumber, 1000m)], batchGivenUp.Token);
        await batchGivenUp.CancelAsync();
        await signingGivenUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => batch);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => signing);
        await longTransaction.RollbackAsync();

        // Then neither wrote anything, and the bureau's write lock is free again: the next signing and batch go through
        // (the token only turns a lost lock into a failure instead of a hung test)
        Assert.Equal(AgreementState.NotSigned, Assert.Single(await bureau.GetAgreementStatusesAsync([Applicant1IdNumber])).State);
        Assert.Equal(DeductionOutcome.NotAttempted, Assert.Single(await bureau.GetDeductionResultsAsync("2026-03", [Applicant1IdNumber])).Outcome);
        using var lostLock = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        Assert.True((await bureau.SignAgreementAsync(Applicant1IdNumber, "张伟", "ICBC", "6222021234567890123", "张伟", lostLock.Token)).IsSigned);
        var charged = Assert.Single(await bureau.RunDeductionBatchAsync("2026-03", [(Applicant1IdNumber, 1000m)], lostLock.Token));
        Assert.Equal(DeductionOutcome.Succeeded, charged.Outcome);
    }
}
