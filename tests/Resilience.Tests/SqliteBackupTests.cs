using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;

namespace SocialInsurance.Resilience.Tests;

/// <summary>
/// The single-node installation is backed up while it runs and takes writes (<c>backup</c> command: SQLite's online
/// backup API), and a service started on the restored copy has every case, instance and file the backup saw.
/// </summary>
public sealed class SqliteBackupTests(ITestOutputHelper output) : IDisposable
{
    private const int Port = 5443;
    private static readonly string[] Settings = ["--RateLimiting:Login:PermitLimit=1000", "--RateLimiting:Upload:PermitLimit=1000"];

    private readonly string _data = Path.Combine(Path.GetTempPath(), "si-backup-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Backup_TakenWhileTheServiceWrites_RestoresEveryCaseAndFile()
    {
        // Given a running service with a submitted new enrollment and its four materials
        var live = Path.Combine(_data, "live");
        var backup = Path.Combine(_data, "backup");
        using var service = await ServiceProcess.StartAsync(Port, live, Settings);
        var applicant = await service.ClientForAsync("applicant1");
        var created = await Load.PostCreateAsync(applicant, null, Load.NewEnrollment("张伟"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var application = await Load.IdOfAsync(created);
        var materials = new List<string>();
        foreach (var kind in new[] { "IdCardFront", "IdCardBack", "HouseholdRegister", "IdCardCopy" })
        {
            using var form = new MultipartFormDataContent();
            form.Add(new StringContent(kind), "kind");
            var file = new ByteArrayContent(Load.Jpeg);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            form.Add(file, "file", "scan.jpg");
            var uploaded = await applicant.PostAsync($"/api/applications/{application}/materials", form);
            Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
            materials.Add((await uploaded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("materialId").GetString()!);
        }

        Assert.Equal(HttpStatusCode.Accepted, (await applicant.PostAsync($"/api/applications/{application}/submit", null)).StatusCode);

        // When the backup runs while the other applicant keeps creating drafts
        var other = await service.ClientForAsync("applicant2");
        using var stop = new CancellationTokenSource();
        var writes = Task.Run(async () =>
        {
            var count = 0;
            while (!stop.IsCancellationRequested)
            {
                Assert.Equal(HttpStatusCode.Created, (await Load.PostCreateAsync(other, null)).StatusCode);
                count++;
            }

            return count;
        });
        var (exitCode, text) = await RunBackupAsync(backup, live);
        await stop.CancelAsync();
        output.WriteLine($"backup: exit {exitCode}; drafts written meanwhile: {await writes}\n{text}");
        Assert.True(exitCode == 0, text);

        // ... and the service is replaced by one started on the restored copy
        service.Crash();
        using var restored = await ServiceProcess.StartAsync(Port + 1, backup, Settings);

        // Then the case, its one instance and its files are all there
        var owner = await restored.ClientForAsync("applicant1");
        var detail = await owner.GetFromJsonAsync<JsonElement>($"/api/applications/{application}");
        Assert.NotEqual("Draft", detail.GetProperty("status").GetString());
        foreach (var material in materials)
        {
            var download = await owner.GetAsync($"/api/applications/{application}/materials/{material}");
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(Load.Jpeg, await download.Content.ReadAsByteArrayAsync());
        }

        var admin = await restored.ClientForAsync("admin1");
        var instances = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/instances?businessKey={application:D}");
        Assert.Equal(1, instances.GetProperty("total").GetInt32());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // A file the killed process held may linger a moment; the temp folder is cleaned by the system.
        }
    }

    private static async Task<(int ExitCode, string Output)> RunBackupAsync(string target, string data)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(ServiceProcess.ApiAssembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { ServiceProcess.ApiAssembly, "backup", target, data })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
