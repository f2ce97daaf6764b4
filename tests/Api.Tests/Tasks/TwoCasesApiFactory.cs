using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using SocialInsurance.Api.Tests.Applications;

namespace SocialInsurance.Api.Tests.Tasks;

/// <summary>
/// The repository's processes with two submitted 新参保 cases, made once per fixture (one open case per person):
/// 张伟's in Urumqi (6501: offered to reviewers-6501 and reviewers-65) and 李娜's in 6502 (not reviewer2's region).
/// </summary>
public sealed class TwoCasesApiFactory : Support.ApiFactory
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Workflows:DefinitionsPath", StoryApiFactory.DefinitionsFolder());
    }

    public const string ZhangIdNumber = "650102199003071235";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (Guid Zhang, string ZhangNumber, Guid Li)? _cases;

    public async Task<(Guid Zhang, string ZhangNumber, Guid Li)> CasesAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_cases is null)
            {
                var zhang = await SubmitAsync("applicant1", "6501", "张伟", "13912345678");
                var li = await SubmitAsync("applicant2", "6502", "李娜", "13812345678");
                var number = (await Applicant.GetAsync(await ClientForAsync("applicant1"), zhang)).GetProperty("caseNumber").GetString()!;
                _cases = (zhang, number, li);
            }

            return _cases.Value;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<Guid> SubmitAsync(string user, string region, string name, string phone)
    {
        var client = await ClientForAsync(user);
        var id = await Applicant.CreateAsync(client, Applicant.NewEnrollment(region: region, name: name, phone: phone));
        await Applicant.UploadAllAsync(client, id);
        await Applicant.SubmitAsync(client, id);
        return id;
    }

    public static IReadOnlyList<string> BusinessKeys(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("businessKey").GetString()!)];

    public static async Task<JsonElement> SearchAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
