using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Api.Infrastructure.Persistence;
using SocialInsurance.Api.Tests.Applications;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests.Hardening;

/// <summary>
/// A first submission is one transaction: the case's status, its report row, the process to its first wait state, the
/// audit row and the stored response commit together. A failure at the last of those writes (the audit row, written
/// after the process ran) must leave no trace of the others — and the same request afterwards must simply work.
/// </summary>
public sealed class SubmissionAtomicityTests
{
    private const string RefuseSubmitAudit = """
        CREATE TRIGGER refuse_submit_audit BEFORE INSERT ON api_audit_log
        WHEN NEW."Action" = 'application.submit'
        BEGIN SELECT RAISE(ABORT, 'injected: the audit row cannot be written'); END;
        """;

    [Fact]
    public async Task SubmitApplication_ChangesNothing_WhenItsTransactionFailsAfterTheProcessRan()
    {
        // Given a complete draft, and a database that refuses the submission's audit row
        await using var factory = new DatabaseApiFactory();
        var applicant = await factory.ClientForAsync("applicant1");
        var admin = await factory.ClientForAsync("admin1");
        var id = await Applicant.CreateAsync(applicant, Applicant.NewEnrollment());
        await Applicant.UploadAllAsync(applicant, id);
        await ExecuteAsync(factory, RefuseSubmitAudit);

        // When
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/applications/{id}/submit");
        request.Headers.Add("Idempotency-Key", "atomic-" + Guid.NewGuid().ToString("N"));
        var failed = await applicant.SendAsync(request);

        // Then the request failed, and the case, its report row, the process and the audit log are as before
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal("Draft", (await Applicant.GetAsync(applicant, id)).GetProperty("status").GetString());
        Assert.Equal(0, await InstanceCountAsync(admin, id));
        Assert.DoesNotContain(await AuditRows.OfAsync(factory, "application.submit"), e => e.Target == $"application:{id:D}");
        Assert.Equal("Draft", await ReportStatusAsync(factory, id));

        // And once the database accepts it again, the same submission goes through, once
        await ExecuteAsync(factory, "DROP TRIGGER refuse_submit_audit;");
        await Applicant.SubmitAsync(applicant, id);
        Assert.Equal(1, await InstanceCountAsync(admin, id));
        Assert.Single(await AuditRows.OfAsync(factory, "application.submit"), e => e.Target == $"application:{id:D}");
        Assert.NotEqual("Draft", await ReportStatusAsync(factory, id));
    }

    private static async Task ExecuteAsync(DatabaseApiFactory factory, string sql)
    {
        await using var db = factory.Services.GetRequiredService<CaseServiceStore>().Create();
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    private static async Task<int> InstanceCountAsync(HttpClient admin, Guid id) =>
        (await admin.GetFromJsonAsync<JsonElement>($"/api/admin/instances?businessKey={id:D}")).GetProperty("total").GetInt32();

    private static async Task<string?> ReportStatusAsync(DatabaseApiFactory factory, Guid id)
    {
        await using var db = factory.Services.GetRequiredService<CaseServiceStore>().Create();
        return await db.ReportFacts.AsNoTracking().Where(f => f.ApplicationId == id).Select(f => f.Status).SingleOrDefaultAsync();
    }
}
