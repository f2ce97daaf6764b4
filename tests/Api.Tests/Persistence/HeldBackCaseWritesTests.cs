using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Infrastructure.Persistence;
using SocialInsurance.Api.Tests.Applications;
using SocialInsurance.Api.Tests.Support;
using SocialInsurance.Testing;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Hosting;

namespace SocialInsurance.Api.Tests.Persistence;

/// <summary>
/// A step's case context made before the step took the writer (<see cref="StepCaseContext.Holding"/>): it reads
/// committed rows, holds its saves back, and writes them when the step's transaction begins — unless an application it
/// changes was changed by another writer since it was read, which every save that changes one shows in its version.
/// </summary>
public sealed class HeldBackCaseWritesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task HeldBackSubmission_IsWrittenWhenTheTransactionBegins_AndBumpsTheVersion()
    {
        // Given a draft submitted in a held-back context: nothing reaches the database yet
        await using var factory = new DatabaseApiFactory();
        var id = await DraftAsync(factory);
        await using var read = await OpenAsync(factory);
        await using var held = await HeldBackSubmissionAsync(factory, read, id);
        Assert.True(held.HasPendingWrites);
        Assert.Equal((ApplicationStatus.Draft, 0L), await StoredAsync(factory, id));

        // When the step's transaction begins
        await WriteInTransactionAsync(factory, held);

        // Then
        Assert.False(held.HasPendingWrites);
        Assert.Equal((ApplicationStatus.Submitted, 1L), await StoredAsync(factory, id));
    }

    [Fact]
    public async Task HeldBackSubmission_IsAConflict_WhenAnotherWriterChangedTheCaseSinceItWasRead()
    {
        // Given a held-back submission, and the applicant withdrawing the draft meanwhile
        await using var factory = new DatabaseApiFactory();
        var id = await DraftAsync(factory);
        await using var read = await OpenAsync(factory);
        await using var held = await HeldBackSubmissionAsync(factory, read, id);
        await ChangeAsync(factory, id, a => a.Withdraw(Now));

        // When / Then: the step runs again on what the other writer committed; the withdrawal stands
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => WriteInTransactionAsync(factory, held));
        Assert.Equal((ApplicationStatus.Withdrawn, 1L), await StoredAsync(factory, id));
    }

    [Fact]
    public async Task AChangeToAnApplicationsMaterialsOnly_BumpsItsVersion_SoAHeldBackStepSeesIt()
    {
        // Given a held-back submission, and a material attached meanwhile (a change to the JSON part alone)
        await using var factory = new DatabaseApiFactory();
        var id = await DraftAsync(factory);
        await using var read = await OpenAsync(factory);
        await using var held = await HeldBackSubmissionAsync(factory, read, id);
        await ChangeAsync(factory, id, a => a.AttachMaterial(MaterialKind.IdCardFront, "file-2", "front-again.jpg", Now));

        // When / Then
        Assert.Equal((ApplicationStatus.Draft, 1L), await StoredAsync(factory, id));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => WriteInTransactionAsync(factory, held));
    }

    [Fact]
    public async Task HeldBackSubmission_ReadsTheCasesReportRowBeforeTheWritersTurn()
    {
        // Given a draft submitted in a held-back context
        await using var factory = new DatabaseApiFactory();
        var id = await DraftAsync(factory);
        await using var read = await OpenAsync(factory);
        await using var held = await HeldBackSubmissionAsync(factory, read, id);

        // Then its report row was read then, on the read connection, and already shows the move: the writer's turn
        // only writes it
        var fact = Assert.Single(held.Db.ReportFacts.Local, f => f.ApplicationId == id);
        Assert.Equal(nameof(ApplicationStatus.Submitted), fact.Status);
        await WriteInTransactionAsync(factory, held);
        await using var check = Store(factory).Create();
        Assert.Equal(nameof(ApplicationStatus.Submitted), (await check.ReportFacts.SingleAsync(f => f.ApplicationId == id)).Status);
    }

    [Fact]
    public async Task ANewCaseSavedTwiceWhileHeldBack_GetsOneReportRow()
    {
        // Given a new case added in a held-back context and saved twice before the transaction began
        await using var factory = new DatabaseApiFactory();
        var id = await DraftAsync(factory);
        await using var read = await OpenAsync(factory);
        await using var held = StepCaseContext.Holding(Store(factory).Create(read));
        var copy = await held.Db.Applications.AsNoTracking().SingleAsync(a => a.Id == id);
        var added = new Application(Guid.NewGuid(), copy.Applicant, copy.ApplicantName, copy.Details, Now);
        held.Db.Applications.Add(added);
        await held.Db.SaveChangesAsync();
        await held.Db.SaveChangesAsync();

        // When the step's transaction begins
        await WriteInTransactionAsync(factory, held);

        // Then
        await using var check = Store(factory).Create();
        Assert.Equal(1, await check.ReportFacts.CountAsync(f => f.ApplicationId == added.Id));
    }

    [SkippableFact]
    public async Task OnPostgreSql_HeldBackSubmission_IsAConflict_WhenAnotherWriterChangedTheCaseSinceItWasRead()
    {
        // Given a held-back submission on PostgreSQL, where the check locks the row (FOR UPDATE) before comparing
        Skip.If(PostgresDatabase.Server is null, $"{PostgresDatabase.Variable} is not set");
        await using var database = await PostgresDatabase.CreateAsync();
        await using var factory = new DatabaseApiFactory(database.ConnectionString);
        var id = await DraftAsync(factory);
        await using var read = await OpenAsync(factory);
        await using var held = await HeldBackSubmissionAsync(factory, read, id);
        await ChangeAsync(factory, id, a => a.Withdraw(Now));

        // When / Then
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => WriteInTransactionAsync(factory, held));
        Assert.Equal((ApplicationStatus.Withdrawn, 1L), await StoredAsync(factory, id));
    }

    [SkippableFact]
    public async Task OnPostgreSql_HeldBackSubmission_IsWrittenWhenTheTransactionBegins()
    {
        Skip.If(PostgresDatabase.Server is null, $"{PostgresDatabase.Variable} is not set");
        await using var database = await PostgresDatabase.CreateAsync();
        await using var factory = new DatabaseApiFactory(database.ConnectionString);
        var id = await DraftAsync(factory);
        await using var read = await OpenAsync(factory);
        await using var held = await HeldBackSubmissionAsync(factory, read, id);

        await WriteInTransactionAsync(factory, held);

        Assert.Equal((ApplicationStatus.Submitted, 1L), await StoredAsync(factory, id));
    }

    private static CaseServiceStore Store(DatabaseApiFactory factory) => factory.Services.GetRequiredService<CaseServiceStore>();

    private static async Task<Guid> DraftAsync(DatabaseApiFactory factory)
    {
        var applicant = await factory.ClientForAsync("applicant1");
        var id = await Applicant.CreateAsync(applicant, Applicant.NewEnrollment());
        await Applicant.UploadAllAsync(applicant, id);
        // Uploads changed the draft: start counting from here.
        await using var db = Store(factory).Create();
        await db.Database.ExecuteSqlRawAsync("UPDATE case_applications SET \"Version\" = 0");
        return id;
    }

    /// <summary>The submission's first write, as the participant makes it before the step's transaction began.</summary>
    private static async Task<StepCaseContext> HeldBackSubmissionAsync(DatabaseApiFactory factory, DbConnection read, Guid id)
    {
        var held = StepCaseContext.Holding(Store(factory).Create(read));
        (await held.Db.Applications.SingleAsync(a => a.Id == id)).Submit(Now);
        await held.Db.SaveChangesAsync();
        return held;
    }

    private static async Task<DbConnection> OpenAsync(DatabaseApiFactory factory)
    {
        var options = factory.Services.GetRequiredService<WorkflowOptions>();
        DbConnection connection = options.Provider == DatabaseProvider.PostgreSql
            ? new NpgsqlConnection(options.ConnectionString)
            : new SqliteConnection(options.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task WriteInTransactionAsync(DatabaseApiFactory factory, StepCaseContext held)
    {
        await using var writer = await OpenAsync(factory);
        await using var transaction = await writer.BeginTransactionAsync();
        await held.WriteAsync(writer, transaction, CancellationToken.None);
        await transaction.CommitAsync();
    }

    private static async Task ChangeAsync(DatabaseApiFactory factory, Guid id, Action<Application> change)
    {
        await using var db = Store(factory).Create();
        change(await db.Applications.SingleAsync(a => a.Id == id));
        await db.SaveChangesAsync();
    }

    private static async Task<(ApplicationStatus, long)> StoredAsync(DatabaseApiFactory factory, Guid id)
    {
        await using var db = Store(factory).Create();
        var row = await db.Applications.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.Status, Version = EF.Property<long>(a, CaseServiceDbContext.ApplicationVersion) }).SingleAsync();
        return (row.Status, row.Version);
    }
}
