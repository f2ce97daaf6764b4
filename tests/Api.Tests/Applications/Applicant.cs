using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace SocialInsurance.Api.Tests.Applications;

/// <summary>What an applicant's client does, step by step, through HTTP.</summary>
public static class Applicant
{
    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00];
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00];
    public static readonly byte[] Pdf = "%PDF-1.4\n%%EOF\n"u8.ToArray();

    public static object NewEnrollment(string region = "6501", string name = "张伟", decimal contributionBase = 5000m, string phone = "13912345678") => new
    {
        type = "NewEnrollment",
        regionCode = region,
        phone,
        address = "乌鲁木齐市天山区解放北路 1 号",
        insuranceTypes = new[] { "110" },
        bank = new { bankCode = "ICBC", accountNumber = "6222021234567890123", accountName = name },
        contributionBase,
        paymentFrequency = "Monthly",
    };

    public static object Suspension() => new { type = "Suspension", reason = "02", insuranceTypes = new[] { "110" } };

    public static object Resumption(string name = "张伟") => new
    {
        type = "Resumption",
        regionCode = "6501",
        insuranceTypes = new[] { "110" },
        bank = new { bankCode = "ICBC", accountNumber = "6222021234567890123", accountName = name },
        contributionBase = 6000m,
        paymentFrequency = "Quarterly",
    };

    public static async Task<Guid> CreateAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/applications", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid id, string kind, byte[] content, string fileName = "scan.jpg")
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(kind), "kind");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(file, "file", fileName);
        return await client.PostAsync($"/api/applications/{id}/materials", form);
    }

    public static async Task<string> UploadAllAsync(HttpClient client, Guid id)
    {
        string? first = null;
        foreach (var (kind, content) in new[] { ("IdCardFront", Jpeg), ("IdCardBack", Png), ("HouseholdRegister", Pdf), ("IdCardCopy", Jpeg) })
        {
            var response = await UploadAsync(client, id, kind, content);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            first ??= (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("materialId").GetString();
        }

        return first!;
    }

    public static async Task SubmitAsync(HttpClient client, Guid id)
    {
        var response = await client.PostAsync($"/api/applications/{id}/submit", null);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
    }

    public static async Task<JsonElement> GetAsync(HttpClient client, Guid id) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/applications/{id}");

    /// <summary>The inbox row of the case's open task offered to this reviewer (the business key is the application id).</summary>
    public static async Task<JsonElement> OfferedTaskAsync(HttpClient reviewer, Guid applicationId, string? processKey = null)
    {
        var filter = processKey is null ? "" : $"&processKey={processKey}";
        var tasks = await reviewer.GetFromJsonAsync<JsonElement>($"/api/tasks?scope=available{filter}&pageSize=100");
        return tasks.GetProperty("items").EnumerateArray().Single(t => t.GetProperty("businessKey").GetString() == applicationId.ToString("D"));
    }

    /// <summary>reviewer1 (province-wide) claims and approves the open review task of this case.</summary>
    public static async Task ApproveAsync(HttpClient reviewer, string processKey, Guid applicationId)
    {
        var taskId = (await OfferedTaskAsync(reviewer, applicationId, processKey)).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await reviewer.PostAsync($"/api/tasks/{taskId}/claim", null)).StatusCode);
        var complete = await reviewer.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { decision = "approve", comment = "材料齐全，同意" });
        Assert.True(complete.StatusCode == HttpStatusCode.OK, await complete.Content.ReadAsStringAsync());
    }
}
