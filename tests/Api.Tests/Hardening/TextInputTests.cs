using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SocialInsurance.Api.Infrastructure.Input;
using SocialInsurance.Api.Tests.Applications;

namespace SocialInsurance.Api.Tests.Hardening;

/// <summary>The one text rule set (<see cref="TextInput"/>), and the fields that use it.</summary>
public sealed class TextInputTests(StoryApiFactory factory) : IClassFixture<StoryApiFactory>
{
    [Theory]
    [InlineData("a\0b", TextKind.MultiLine, false)]
    [InlineData("\u001b[31mred", TextKind.MultiLine, false)]
    [InlineData("\u0085next line", TextKind.MultiLine, false)]
    [InlineData("photo\u202Egpj.exe", TextKind.MultiLine, false)]
    [InlineData("\u2067isolate", TextKind.MultiLine, false)]
    [InlineData("first\r\nsecond", TextKind.SingleLine, false)]
    [InlineData("tab\there", TextKind.SingleLine, false)]
    [InlineData("\u200b\u3000 \u3164", TextKind.SingleLine, true)]
    [InlineData("\ufeff", TextKind.SingleLine, true)]
    public void Problem_RefusesText_ThatIsUnsafeOrInvisible(string value, TextKind kind, bool required)
    {
        // When
        var problem = TextInput.Problem(value, kind, required);

        // Then
        Assert.NotNull(problem);
    }

    [Fact]
    public void Problem_RefusesText_WithALoneSurrogate()
    {
        // Given ("\ud800" escaped in JSON decodes to this; InlineData cannot carry it intact)
        var value = "a" + (char)0xD800 + "b";

        // When
        var problem = TextInput.Problem(value, TextKind.MultiLine);

        // Then
        Assert.NotNull(problem);
    }

    [Theory]
    [InlineData("乌鲁木齐市天山区解放北路 1 号", TextKind.SingleLine)]
    [InlineData("阿依古丽·买买提", TextKind.SingleLine)]
    [InlineData("材料齐全\r\n同意", TextKind.MultiLine)]
    [InlineData("emoji 👍 ok", TextKind.SingleLine)]
    [InlineData("مرحبا", TextKind.SingleLine)]
    public void Problem_AcceptsText_PeopleWrite(string value, TextKind kind)
    {
        // When
        var problem = TextInput.Problem(value, kind, required: true);

        // Then
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("address", "解放北路\r\n1 号")]
    [InlineData("address", "\u200b\u3000")]
    [InlineData("address", "解放北路\u001b[2J")]
    [InlineData("address", "解放北路\u202E1")]
    [InlineData("bank.accountName", "张伟\n")]
    public async Task CreateApplication_Returns400WithFieldError_WhenATextFieldBreaksTheRules(string field, string value)
    {
        // Given
        var applicant = await factory.ClientForAsync("applicant1");
        var body = JsonSerializer.SerializeToNode(Applicant.NewEnrollment())!.AsObject();
        if (field == "address")
        {
            body["address"] = value;
        }
        else
        {
            body["bank"]!["accountName"] = value;
        }

        // When
        var response = await applicant.PostAsJsonAsync("/api/applications", body);

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Theory]
    [InlineData("NOPE")]
    [InlineData("ICBC\r\n")]
    [InlineData("999")]
    public async Task SimulatorSignAgreement_Returns400_WhenTheBankCodeIsNotABankCategory(string bankCode)
    {
        // Given
        var applicant = await factory.ClientForAsync("applicant1");

        // When
        var response = await applicant.PostAsJsonAsync("/api/simulators/tax/agreements", new { bankCode, accountNumber = "6222021234567890123" });

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("Agreement.BankCode", out _), problem.ToString());
    }

    [Theory]
    [InlineData("ICBC")]
    [InlineData("102")]
    public async Task SimulatorSignAgreement_Accepts_TheCatalogCodeOrItsCnapsCategory(string bankCode)
    {
        // Given
        var applicant = await factory.ClientForAsync("applicant2");

        // When
        var response = await applicant.PostAsJsonAsync("/api/simulators/tax/agreements", new { bankCode, accountNumber = "6222021234567890123" });

        // Then
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
