using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace SocialInsurance.Api.Tests.Hardening;

/// <summary>
/// The Studio's dependencies include <c>@ibm/telemetry-js</c> (via @bpmn-io/form-js-viewer → @carbon/grid and
/// @carbon/layout), whose npm postinstall starts a background process that sends usage data. A service that holds
/// ID numbers does not phone home from its build: every install the project runs sets its documented switch.
/// </summary>
public sealed partial class SupplyChainTests
{
    private const string Switch = "IBM_TELEMETRY_DISABLED=true";

    [Fact]
    public void ApiBuild_DisablesIbmTelemetry_ForEveryNpmCommand()
    {
        // Given
        var project = XDocument.Load(Path.Combine(RepositoryRoot(), "src", "Api", "Api.csproj"));

        // When
        var npm = project.Descendants("Exec").Where(e => ((string?)e.Attribute("Command"))?.StartsWith("npm", StringComparison.Ordinal) == true).ToList();

        // Then
        Assert.NotEmpty(npm);
        Assert.All(npm, exec => Assert.Contains(Switch, (string?)exec.Attribute("EnvironmentVariables") ?? string.Empty));
    }

    [Fact]
    public void TestCommand_DisablesIbmTelemetry_BeforeItBuilds()
    {
        // Given
        var script = File.ReadAllText(Path.Combine(RepositoryRoot(), "scripts", "test.sh"));

        // When
        var exported = ExportedSwitch().Match(script);
        var build = script.IndexOf("dotnet build", StringComparison.Ordinal);

        // Then
        Assert.True(exported.Success, "scripts/test.sh does not export " + Switch);
        Assert.True(exported.Index < build, "scripts/test.sh exports the switch only after it builds");
    }

    /// <summary>Runs after the solution's build (the test command builds first): nothing of the telemetry is left running.</summary>
    [Fact]
    public void Build_LeavesNoTelemetryProcessBehind()
    {
        // Given the processes of this machine (Linux's /proc: the project builds and runs on Debian)
        var processes = "/proc";

        // When
        var running = Directory.EnumerateDirectories(processes)
            .Where(d => int.TryParse(Path.GetFileName(d), out _))
            .Select(d => (Pid: Path.GetFileName(d), CommandLine: ReadCommandLine(d)))
            .Where(p => p.CommandLine.Contains("telemetry-js", StringComparison.Ordinal) || p.CommandLine.Contains("ibmtelemetry", StringComparison.Ordinal))
            .ToList();

        // Then
        Assert.True(running.Count == 0, "Still running: " + string.Join("; ", running.Select(p => $"{p.Pid} {p.CommandLine}")));
    }

    private static string ReadCommandLine(string procFolder)
    {
        try
        {
            return File.ReadAllText(Path.Combine(procFolder, "cmdline")).Replace('\0', ' ');
        }
        catch (IOException)
        {
            return string.Empty; // the process ended while we looked
        }
        catch (UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SocialInsuranceWorkflows.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("Expected SocialInsuranceWorkflows.sln in a parent of the test binaries, but found none.");
    }

    [GeneratedRegex(@"^export\s+[^\n]*\bIBM_TELEMETRY_DISABLED=true\b", RegexOptions.Multiline)]
    private static partial Regex ExportedSwitch();
}
