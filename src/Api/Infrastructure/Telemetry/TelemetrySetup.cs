using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Workflows.Diagnostics;

namespace SocialInsurance.Api.Infrastructure.Telemetry;

/// <summary>
/// OpenTelemetry for the host: traces (HTTP in, Mediator, the engine's steps and activations, SQL, HTTP out), metrics
/// (the engine's, the cases', ASP.NET Core's request rate/latency/errors, .NET runtime), exported over OTLP when an
/// endpoint is configured and scraped by Prometheus from an administrators-only route. docs/operations.md lists the settings.
/// </summary>
public static class TelemetrySetup
{
    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var otlpEndpoint = configuration["Telemetry:Otlp:Endpoint"];
        var otlp = !string.IsNullOrWhiteSpace(otlpEndpoint) || !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var postgres = string.Equals(configuration["Database:Provider"], "PostgreSql", StringComparison.OrdinalIgnoreCase);

        builder.Services.AddSingleton<OperationalGauges>();
        builder.Services.AddHostedService(services => services.GetRequiredService<OperationalGauges>());

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(configuration["Telemetry:ServiceName"] ?? "social-insurance-workflows"))
            .WithMetrics(metrics =>
            {
                metrics
                    .AddMeter(EngineTelemetry.Name, ApiTelemetry.Name)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation();
                if (configuration.GetValue("Telemetry:Prometheus:Enabled", true))
                {
                    metrics.AddPrometheusExporter();
                }
            });

        // Without an OTLP endpoint nobody receives spans, so recording them would be pure cost (tests switch it on).
        if (configuration.GetValue("Telemetry:Tracing:Enabled", otlp))
        {
            telemetry.WithTracing(tracing =>
            {
                tracing
                    .AddSource(EngineTelemetry.Name, ApiTelemetry.Name)
                    .AddAspNetCoreInstrumentation(http => http.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                    .AddHttpClientInstrumentation()
                    .AddEntityFrameworkCoreInstrumentation();
                if (postgres)
                {
                    // The engine writes through plain commands on EF's connection; Npgsql's own spans show those too.
                    tracing.AddNpgsql();
                }

                // First, so every exporter added after it (OTLP, a test's in-memory list) sees masked spans only.
                tracing.AddProcessor(new RedactingSpanProcessor());
            });
        }

        if (otlp)
        {
            telemetry.WithLogging();
            if (string.IsNullOrWhiteSpace(otlpEndpoint))
            {
                telemetry.UseOtlpExporter();
            }
            else
            {
                var protocol = string.Equals(configuration["Telemetry:Otlp:Protocol"], "http/protobuf", StringComparison.OrdinalIgnoreCase)
                    ? OtlpExportProtocol.HttpProtobuf
                    : OtlpExportProtocol.Grpc;
                telemetry.UseOtlpExporter(protocol, new Uri(otlpEndpoint));
            }
        }

        if (configuration.GetValue("Telemetry:JsonConsole", false))
        {
            // One JSON object per line, with the trace and span ids of the request or job that wrote it (in "Scopes").
            builder.Logging.Configure(logging => logging.ActivityTrackingOptions =
                ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
            builder.Logging.AddJsonConsole(json =>
            {
                json.IncludeScopes = true;
                json.UseUtcTimestamp = true;
                json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }

        return builder;
    }

    /// <summary>The Prometheus scrape route, for administrators (as every admin route) unless configured open.</summary>
    public static WebApplication MapTelemetry(this WebApplication app)
    {
        var configuration = app.Configuration;
        if (!configuration.GetValue("Telemetry:Prometheus:Enabled", true))
        {
            return app;
        }

        // Not an API operation: Prometheus's text format, documented in docs/operations.md rather than in OpenAPI.
        var scrape = app.MapPrometheusScrapingEndpoint(configuration["Telemetry:Prometheus:Path"] ?? "/metrics").ExcludeFromDescription();
        if (configuration.GetValue("Telemetry:Prometheus:RequireAdmin", true))
        {
            scrape.RequireAuthorization(Policies.Admin);
        }

        return app;
    }
}
