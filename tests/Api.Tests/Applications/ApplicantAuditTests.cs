using System.Net;
using System.Net.Http.Json;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests.Applications;

/// <summary>Each applicant action leaves an audit row — who, what, when, from where — and never an unmasked ID number, phone or card.</summary>
public sealed class ApplicantAuditTests(ClockedStoryApiFactory factory) : IClassFixture<ClockedStoryApiFactory>
{
    private const string IdNumber = "650102199003071235";
    private const string Phone = "13912345678";
    private const string Card = "6222021234567890123";

    [Fact]
    public async Task ApplicantActions_AreAudited_WithoutPersonalData()
    {
        // Given
        var applicant = await factory.ClientForAsync("applicant1");

        // When the applicant creates, uploads, submits and withdraws, then signs and revokes the agreement
        var id = await Applicant.CreateAsync(applicant, Applicant.NewEnrollment(phone: Phone));
        await Applicant.UploadAllAsync(applicant, id);
        await Applicant.SubmitAsync(applicant, id);
        var withdrawn = await applicant.PostAsync($"/api/applications/{id}/withdraw", null);
        var signed = await applicant.PostAsJsonAsync("/api/simulators/tax/agreements", new { bankCode = "102", accountNumber = Card });
        var revoked = await applicant.DeleteAsync("/api/simulators/tax/agreements");

        // Then
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.Created, signed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        var target = $"application:{id:D}";
        Assert.Single(await AuditRows.OfAsync(factory, "application.create"), e => e.Target == target);
        Assert.Equal(4, (await AuditRows.OfAsync(factory, "application.material.upload")).Count(e => e.Target == target));
        Assert.Single(await AuditRows.OfAsync(factory, "application.submit"), e => e.Target == target);
        Assert.Single(await AuditRows.OfAsync(factory, "application.withdraw"), e => e.Target == target);
        var sign = Assert.Single(await AuditRows.OfAsync(factory, "simulator.agreement.sign"));
        var revoke = Assert.Single(await AuditRows.OfAsync(factory, "simulator.agreement.revoke"));
        Assert.Contains("6222***********0123", sign.Details);
        var rows = new List<Infrastructure.Identity.AuditEntry>();
        foreach (var action in new[] { "application.create", "application.material.upload", "application.submit", "application.withdraw" })
        {
            rows.AddRange(await AuditRows.OfAsync(factory, action));
        }

        rows.Add(sign);
        rows.Add(revoke);
        Assert.All(rows, row =>
        {
            Assert.Equal("applicant1", row.Actor);
            Assert.Equal(ClockedApiFactory.ClientAddress.ToString(), row.RemoteAddress);
            Assert.Equal(factory.Time.GetUtcNow(), row.At);
            var text = row.Target + row.Details;
            Assert.DoesNotContain(IdNumber, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Phone, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Card, text, StringComparison.Ordinal);
        });
    }
}
