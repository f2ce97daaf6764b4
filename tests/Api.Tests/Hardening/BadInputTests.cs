using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SocialInsurance.Api.Tests.Applications;

namespace SocialInsurance.Api.Tests.Hardening;

/// <summary>
/// Inputs a careless or hostile client sends, each of which once answered 500: every one must be a 4xx problem
/// document (with the field it concerns, where there is one) and change nothing.
/// </summary>
public sealed class BadInputTests(BadInputApiFactory factory) : IClassFixture<BadInputApiFactory>
{
    private const string ValidEnrollment = """
        {"type":"NewEnrollment","regionCode":"6501","phone":"13912345678","address":"乌鲁木齐市天山区解放北路 1 号",
         "insuranceTypes":["110"],"bank":{"bankCode":"ICBC","accountNumber":"6222021234567890123","accountName":"张伟"},
         "contributionBase":5000,"paymentFrequency":"Monthly"}
        """;

    [Fact]
    public async Task CreateApplication_Returns400WithFieldError_WhenAKeyIsDuplicated()
    {
        // Given
        var applicant = await factory.ClientForAsync("applicant1");
        var body = """{"type":"NewEnrollment","type":"Suspension"}""";

        // When
        var response = await applicant.PostAsync("/api/applications", Json(body));

        // Then
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("type", out _), problem.ToString());
    }

    [Theory]
    [InlineData("1e30")]
    [InlineData("1e400")]
    [InlineData("-79228162514264337593543950336")]
    public async Task CreateApplication_Returns400WithFieldError_WhenTheBaseOverflowsDecimal(string number)
    {
        // Given
        var applicant = await factory.ClientForAsync("applicant1");
        var body = ValidEnrollment.Replace("5000", number, StringComparison.Ordinal);

        // When
        var response = await applicant.PostAsync("/api/applications", Json(body));

        // Then
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("contributionBase", out _), problem.ToString());
    }

    [Fact]
    public async Task CreateApplication_Returns400_WhenAStringIsNotUtf8()
    {
        // Given
        var applicant = await factory.ClientForAsync("applicant1");
        var bytes = Encoding.UTF8.GetBytes(ValidEnrollment.Replace("张伟", "\u0001", StringComparison.Ordinal));
        bytes[Array.IndexOf(bytes, (byte)1)] = 0xC3; // a lead byte followed by '"': not UTF-8
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        // When
        var response = await applicant.PostAsync("/api/applications", content);

        // Then
        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task UploadMaterial_Returns413_WhenTheBodyIsOverTheLimit()
    {
        // Given
        var applicant = await factory.ClientForAsync("applicant1");
        var id = await Applicant.CreateAsync(applicant, Applicant.NewEnrollment());
        var large = new byte[12 * 1024 * 1024];
        Applicant.Jpeg.CopyTo(large, 0);

        using var form = new MultipartFormDataContent { { new StringContent("IdCardFront"), "kind" }, { new ByteArrayContent(large), "file", "scan.jpg" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/applications/{id}/materials") { Content = form };

        // "Expect: 100-continue" lets the server refuse before the body is sent, as curl does for large uploads; without
        // it the client may still be writing when the server answers and closes the connection.
        request.Headers.ExpectContinue = true;

        // When
        var response = await applicant.SendAsync(request);

        // Then
        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData("multipart/form-data", "--x\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nIdCardFront\r\n--x--\r\n")]
    [InlineData("multipart/form-data; boundary=x", "--x\r\nContent-Disposition form-data name kind\r\n\r\nIdCardFront\r\n--x--\r\n")]
    [InlineData("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nIdCardFront")]
    [InlineData("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\r\nb.jpg\"\r\n\r\n\u00ff\u00d8\u00ff\u00e0\r\n--x--\r\n")]
    public async Task UploadMaterial_Returns400_WhenTheMultipartBodyIsMalformed(string contentType, string body)
    {
        // Given
        var applicant = await factory.ClientForAsync("applicant1");
        var id = await Applicant.CreateAsync(applicant, Applicant.NewEnrollment());
        var content = new ByteArrayContent(Encoding.Latin1.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        // When
        var response = await applicant.PostAsync($"/api/applications/{id}/materials", content);

        // Then
        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Empty((await Applicant.GetAsync(applicant, id)).GetProperty("materials").EnumerateArray());
    }

    [Theory]
    [InlineData("filename*=UTF-8''scan%0D%0A.jpg")]
    [InlineData("filename=\"scan\0.jpg\"")]
    [InlineData("filename=\"scan\u202Egpj.exe\"")]
    public async Task UploadMaterial_Returns400WithFieldError_WhenTheFileNameHasControlCharacters(string fileName)
    {
        // Given
        var applicant = await factory.ClientForAsync("applicant1");
        var id = await Applicant.CreateAsync(applicant, Applicant.NewEnrollment());
        var body = "--x\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nIdCardFront\r\n"
            + $"--x\r\nContent-Disposition: form-data; name=\"file\"; {fileName}\r\nContent-Type: image/jpeg\r\n\r\n"
            + Encoding.Latin1.GetString(Applicant.Jpeg) + "\r\n--x--\r\n";
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=x");

        // When
        var response = await applicant.PostAsync($"/api/applications/{id}/materials", content);

        // Then
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("file", out _), problem.ToString());
    }

    [Fact]
    public async Task UploadMaterial_Returns4xx_WhenTheFormHasTooManyFields()
    {
        // Given
        var applicant = await factory.ClientForAsync("applicant1");
        var id = await Applicant.CreateAsync(applicant, Applicant.NewEnrollment());
        using var form = new MultipartFormDataContent();
        for (var i = 0; i < 2_000; i++)
        {
            form.Add(new StringContent("x"), $"field{i}");
        }

        // When
        var response = await applicant.PostAsync($"/api/applications/{id}/materials", form);

        // Then
        Assert.InRange((int)(await AssertProblemAsync(response, null)).GetProperty("status").GetInt32(), 400, 499);
    }

    [Fact]
    public async Task DeployDefinition_Returns413_WhenTheBpmnIsOverTheLimit()
    {
        // Given
        var admin = await factory.ClientForAsync("admin1");
        var xml = "<?xml version=\"1.0\"?><!--" + new string('x', 3 * 1024 * 1024) + "-->";

        // When
        var response = await admin.PostAsync("/api/admin/definitions", new StringContent(xml, Encoding.UTF8, "application/xml"));

        // Then
        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("admin1")]
    public async Task HangfireStats_IsNot500_ForAGet(string? userName)
    {
        // Given
        var client = userName is null ? factory.CreateClient() : await factory.ClientForAsync(userName);

        // When
        var response = await client.GetAsync("/hangfire/stats");

        // Then
        Assert.True((int)response.StatusCode is >= 200 and < 500, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode? status)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (status is { } expected)
        {
            Assert.True(expected == response.StatusCode, $"Expected {(int)expected}, but {(int)response.StatusCode}: {text}");
        }

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement;
    }
}
