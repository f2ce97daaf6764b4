using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SocialInsurance.Api.Tests.Applications;
using SocialInsurance.Api.Tests.Support;
using static SocialInsurance.Api.Tests.Billing.Billing;

namespace SocialInsurance.Api.Tests.Billing;

/// <summary>The deduction agreement must be for the account the case declared, or the applicant changes the declaration.</summary>
public sealed class AgreementAccountTests(ClockedStoryApiFactory factory) : IClassFixture<ClockedStoryApiFactory>
{
    [Fact]
    public async Task AgreementOnAnotherAccount_LeavesTheCaseWaiting_UntilTheApplicantChangesTheDeclaredAccount()
    {
        // Given applicant2's approved 新参保 declaring card …0123, and an agreement signed on card …0987
        var applicant = await factory.ClientForAsync("applicant2");
        var reviewer = await factory.ClientForAsync("reviewer1");
        var id = await Applicant.CreateAsync(applicant, Applicant.NewEnrollment(name: "李娜", phone: "13912345679"));
        await Applicant.UploadAllAsync(applicant, id);
        await Applicant.SubmitAsync(applicant, id);
        await Applicant.ApproveAsync(reviewer, "newEnrollment", id);
        var signed = await applicant.PostAsJsonAsync("/api/simulators/tax/agreements", new { bankCode = "ICBC", accountNumber = OtherCard });

        // When the poller runs
        var mismatched = await PollAgreementsAsync(factory);
        var waiting = await Applicant.GetAsync(applicant, id);

        // Then the case still waits and the next action says why, with masked numbers only
        Assert.Equal(HttpStatusCode.Created, signed.StatusCode);
        Assert.Equal((0, 1), (mismatched.Resumed, mismatched.Mismatched));
        Assert.Equal("Approved", waiting.GetProperty("status").GetString());
        var next = waiting.GetProperty("nextAction");
        Assert.Equal("AgreementAccountMismatch", next.GetProperty("kind").GetString());
        Assert.Contains("0987", next.GetProperty("zh").GetString(), StringComparison.Ordinal);
        Assert.Contains("0123", next.GetProperty("en").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(OtherCard, waiting.ToString(), StringComparison.Ordinal);

        // When the applicant changes the declared account to the signed card, and the poller runs again
        var changed = await applicant.PutAsJsonAsync($"/api/applications/{id}/bank-account",
            new { bank = new { bankCode = "ICBC", accountNumber = OtherCard, accountName = "李娜" } });
        var resumed = await PollAgreementsAsync(factory);

        // Then the case completes, and the change is audited without the full card number
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal((1, 0), (resumed.Resumed, resumed.Mismatched));
        Assert.Equal("Completed", (await Applicant.GetAsync(applicant, id)).GetProperty("status").GetString());
        var audit = Assert.Single(await AuditRows.OfAsync(factory, "application.change-account"), e => e.Target == $"application:{id:D}");
        Assert.Contains("6222***********0987", audit.Details, StringComparison.Ordinal);
        Assert.DoesNotContain(OtherCard, audit.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangeDeclaredAccount_RejectsBadInput_OtherPeoplesCases_AndCasesNotWaiting()
    {
        // Given applicant1's draft 新参保
        var owner = await factory.ClientForAsync("applicant1");
        var stranger = await factory.ClientForAsync("applicant2");
        var id = await Applicant.CreateAsync(owner, Applicant.NewEnrollment());
        var good = new { bank = new { bankCode = "ICBC", accountNumber = OtherCard, accountName = "张伟" } };

        // When
        var invalid = await owner.PutAsJsonAsync($"/api/applications/{id}/bank-account",
            new { bank = new { bankCode = "NOPE", accountNumber = "123", accountName = "王五" } });
        var foreign = await stranger.PutAsJsonAsync($"/api/applications/{id}/bank-account", good);
        var notWaiting = await owner.PutAsJsonAsync($"/api/applications/{id}/bank-account", good);

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("bank.bankCode", out _));
        Assert.True(errors.TryGetProperty("bank.accountNumber", out _));
        Assert.True(errors.TryGetProperty("bank.accountName", out _));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, notWaiting.StatusCode);
        var draft = await Applicant.GetAsync(owner, id);
        Assert.Contains("0123", draft.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("0987", draft.ToString(), StringComparison.Ordinal);
    }
}
