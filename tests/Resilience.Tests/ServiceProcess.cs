using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;

namespace SocialInsurance.Resilience.Tests;

/// <summary>
/// The built service (<c>dotnet SocialInsurance.Api.dll</c> of the same build configuration) as a child process on
/// 127.0.0.1, with its own data folder and the embedded defaults (demo accounts). Only a separate process can be
/// killed the way a crash kills it: no finally block, no disposal, no flush.
/// </summary>
public sealed class ServiceProcess : IDisposable
{
    // Bounds a failure only: three services starting at once on a busy two-core machine take well over a minute.
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(180);
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ServiceProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static string ApiAssembly => typeof(ServiceProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "ApiAssembly").Value!;

    /// <summary>Starts the service and returns once <c>/health/ready</c> answers 200.</summary>
    public static async Task<ServiceProcess> StartAsync(int port, string dataFolder, IEnumerable<string> settings)
    {
        var address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(ApiAssembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ApiAssembly);
        start.ArgumentList.Add($"--urls={address}");
        start.ArgumentList.Add($"--Data:Folder={dataFolder}");
        foreach (var setting in settings)
        {
            start.ArgumentList.Add(setting);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var service = new ServiceProcess(Process.Start(start)!, address);
        service._process.OutputDataReceived += (_, e) => service.Remember(e.Data);
        service._process.ErrorDataReceived += (_, e) => service.Remember(e.Data);
        service._process.BeginOutputReadLine();
        service._process.BeginErrorReadLine();
        try
        {
            await service.WaitUntilReadyAsync();
        }
        catch
        {
            // A service that never became ready would otherwise outlive the test, holding its port.
            service.Dispose();
            throw;
        }

        return service;
    }

    /// <summary>SIGKILL to the process and its children, as the out-of-memory killer or a pulled plug would.</summary>
    public void Crash()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>The last lines the service wrote, for a failure message.</summary>
    public string Output => string.Join('\n', _output);

    public async Task<HttpClient> ClientForAsync(string userName)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = "Demo@12345" });
        Assert.True(response.IsSuccessStatusCode, $"login {userName}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 200 && _output.TryDequeue(out _))
        {
        }
    }

    // Nothing to await before the socket is open: a refused connection is retried until the deadline.
    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(10) };
        using var deadline = new CancellationTokenSource(StartDeadline);
        while (true)
        {
            Assert.False(_process.HasExited, $"The service exited with {(_process.HasExited ? _process.ExitCode : 0)}:\n{Output}");
            try
            {
                using var response = await client.GetAsync("/health/ready", deadline.Token);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (OperationCanceledException)
            {
                // The deadline (checked below), or one health request that took over 10 s on a busy machine: ask again.
            }

            Assert.False(deadline.IsCancellationRequested, $"The service was not ready within {StartDeadline.TotalSeconds} s:\n{Output}");
            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }
}
