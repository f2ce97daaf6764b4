using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SocialInsurance.Api.Tests.Support;

/// <summary>
/// The real host over a fresh SQLite file in a temp folder, one per test class. No Hangfire server: tests drive jobs
/// themselves. No start-up definitions: each test deploys what it needs through the admin route.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    public const string Password = "Demo@12345";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "si-api-tests", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _lock = new(1, 1);

    protected virtual int LoginPermitLimit => 10_000;

    /// <summary>The folder start-up deploys <c>*.bpmn</c> and <c>*.form</c> from (empty unless a test factory fills it).</summary>
    protected string StartUpDefinitionsFolder => Path.Combine(_folder, "definitions");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Path.Combine(_folder, "definitions"));
        builder.UseEnvironment("Testing");
        builder.UseSetting("Data:Folder", _folder);
        builder.UseSetting("Workflows:DefinitionsPath", Path.Combine(_folder, "definitions"));
        builder.UseSetting("Identity:SeedDemoAccounts", "true");
        builder.UseSetting("Hangfire:Server", "false");
        builder.UseSetting("Database:SqliteSynchronous", "NORMAL");
        builder.UseSetting("RateLimiting:Login:PermitLimit", LoginPermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>A client signed in as a demo account (tokens are cached: signing in is not what most tests are about).</summary>
    public async Task<HttpClient> ClientForAsync(string userName)
    {
        await _lock.WaitAsync();
        try
        {
            if (!_tokens.TryGetValue(userName, out var token))
            {
                using var anonymous = CreateClient();
                var response = await anonymous.PostAsJsonAsync("/api/auth/login", new { userName, password = Password });
                response.EnsureSuccessStatusCode();
                var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                _tokens[userName] = token = body.GetProperty("accessToken").GetString()!;
            }

            var client = CreateClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return client;
        }
        finally
        {
            _lock.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _lock.Dispose();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
            }
        }
    }
}
