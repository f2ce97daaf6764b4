using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Trace;
using SocialInsurance.Api.Tests.Applications;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests.Telemetry;

/// <summary>
/// The real host with the repository's processes, tracing on (as with an OTLP endpoint) into an in-memory list, and
/// every log line at Information and above captured — stricter than the shipped levels, which silence most of
/// ASP.NET Core and EF Core below Warning.
/// </summary>
public sealed class TracedApiFactory : ApiFactory
{
    public List<Activity> Spans { get; } = [];

    public ConcurrentQueue<string> LogLines { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Workflows:DefinitionsPath", StoryApiFactory.DefinitionsFolder());
        builder.UseSetting("Telemetry:Tracing:Enabled", "true");
        builder.ConfigureLogging(logging =>
        {
            logging.AddFilter(level => level >= LogLevel.Information);
            logging.AddProvider(new CapturingLoggerProvider(LogLines));
        });
        builder.ConfigureTestServices(services =>
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans)));
    }

    /// <summary>Spans ended so far (the in-memory exporter appends from request threads).</summary>
    public IReadOnlyList<Activity> EndedSpans()
    {
        lock (Spans)
        {
            return [.. Spans];
        }
    }
}
