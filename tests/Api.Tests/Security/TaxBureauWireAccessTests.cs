using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests.Security;

/// <summary>Finding 1 of issue 10: the simulated bureau answered anyone about any ID number.</summary>
public sealed class TaxBureauWireAccessTests(BureauApiFactory factory) : IClassFixture<BureauApiFactory>
{
    private const string Agreements = "/tax-bureau/v1/agreements/query";
    private const string Deductions = "/tax-bureau/v1/deductions/query";
    private const string AgreementQuery = """{"idNumbers":["650102199003071235"]}""";
    private const string DeductionQuery = """{"period":"2026-03","idNumbers":["650102199003071235"]}""";

    [Fact]
    public async Task BureauQueries_Return401_WhenTheRequestIsNotSigned()
    {
        // Given an anonymous caller and a signed-in applicant, neither holding the bureau's key
        var anonymous = factory.CreateClient();
        var applicant = await factory.ClientForAsync("applicant1");

        // When they ask the bureau about an ID number
        var answers = new[]
        {
            await anonymous.PostAsync(Agreements, Json(AgreementQuery)),
            await anonymous.PostAsync(Deductions, Json(DeductionQuery)),
            await applicant.PostAsync(Agreements, Json(AgreementQuery)),
            await applicant.PostAsync(Deductions, Json(DeductionQuery)),
        };

        // Then every answer is 401 and none carries the person's state
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Unauthorized, a.StatusCode));
        foreach (var answer in answers)
        {
            Assert.DoesNotContain("650102199003071235", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task BureauQuery_Answers_WhenSignedWithTheSharedKey()
    {
        // Given a client holding the key
        var client = factory.CreateClient();

        // When it signs its queries
        var agreements = await client.SendAsync(BureauApiFactory.SignedQuery(Agreements, AgreementQuery));
        var deductions = await client.SendAsync(BureauApiFactory.SignedQuery(Deductions, DeductionQuery));

        // Then both are answered
        Assert.Equal(HttpStatusCode.OK, agreements.StatusCode);
        Assert.Equal("NotSigned", (await agreements.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items")[0].GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.OK, deductions.StatusCode);
    }

    [Fact]
    public async Task BureauQuery_Returns401_WhenReplayedStaleTamperedOrSignedWithAnotherKey()
    {
        // Given one good request, sent once
        var client = factory.CreateClient();
        var original = BureauApiFactory.SignedQuery(Agreements, AgreementQuery);
        var replay = await BureauApiFactory.CopyAsync(original);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(original)).StatusCode);
        var tampered = BureauApiFactory.SignedQuery(Agreements, AgreementQuery);
        tampered.Content = Json("""{"idNumbers":["650102198506112444"]}""");

        // When it is replayed, or sent stale, tampered with, or signed with another key
        var answers = new[]
        {
            await client.SendAsync(replay),
            await client.SendAsync(BureauApiFactory.SignedQuery(Agreements, AgreementQuery, at: DateTimeOffset.UtcNow.AddMinutes(-10))),
            await client.SendAsync(tampered),
            await client.SendAsync(BureauApiFactory.SignedQuery(Agreements, AgreementQuery, secret: "not-the-bureau-secret-0123456789abcdef")),
        };

        // Then each is refused
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Unauthorized, a.StatusCode));
    }

    [Fact]
    public async Task BureauQueries_AppearInTheOpenApiDocument()
    {
        // Given the host's document
        var document = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        // When its paths are read
        var paths = document.GetProperty("paths");

        // Then both bureau routes are described
        Assert.True(paths.TryGetProperty(Agreements, out _));
        Assert.True(paths.TryGetProperty(Deductions, out _));
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}

public sealed class TaxBureauRateLimitTests(TightBureauLimitFactory factory) : IClassFixture<TightBureauLimitFactory>
{
    [Fact]
    public async Task BureauQuery_Returns429_WhenAnAddressExceedsItsWindow()
    {
        // Given three queries inside the window (unsigned ones count too)
        var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            await client.PostAsync("/tax-bureau/v1/agreements/query", new StringContent("{}", Encoding.UTF8, "application/json"));
        }

        // When a fourth, correctly signed, follows
        var response = await client.SendAsync(BureauApiFactory.SignedQuery("/tax-bureau/v1/agreements/query", """{"idNumbers":["650102199003071235"]}"""));

        // Then it is refused until the window ends
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
    }
}

public sealed class RealBureauConfiguredTests(RealBureauApiFactory factory) : IClassFixture<RealBureauApiFactory>
{
    [Fact]
    public async Task Simulator_IsOff_WhenARealBureauAddressIsConfigured()
    {
        // Given a host configured with a real bureau's address and nothing said about the simulator
        var anonymous = factory.CreateClient();
        var applicant = await factory.ClientForAsync("applicant1");

        // When the simulator's routes are asked for
        var wire = await anonymous.SendAsync(BureauApiFactory.SignedQuery("/tax-bureau/v1/agreements/query", """{"idNumbers":["650102199003071235"]}"""));
        var sign = await applicant.PostAsJsonAsync("/api/simulators/tax/agreements", new { bankCode = "ICBC", accountNumber = "6222021234567890123" });

        // Then they do not exist
        Assert.Equal(HttpStatusCode.NotFound, wire.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, sign.StatusCode);
    }
}
