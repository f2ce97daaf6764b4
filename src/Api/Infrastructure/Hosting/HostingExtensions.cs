using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;
using SocialInsurance.Api.Infrastructure.TaxBureau;
using SocialInsurance.Api.Infrastructure.InsuranceRegistry;
using SocialInsurance.Api.Jobs;
using Mediator;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using SocialInsurance.Api.Features.Admin;
using SocialInsurance.Api.Features.Migrations;
using SocialInsurance.Api.Features.Reports;
using SocialInsurance.Api.Features.Applications;
using SocialInsurance.Api.Features.Insurance;
using SocialInsurance.Api.Features.Notifications;
using SocialInsurance.Api.Features.Simulators;
using SocialInsurance.Api.Features.Auth;
using SocialInsurance.Api.Features.Me;
using SocialInsurance.Api.Features.Reference;
using SocialInsurance.Api.Features.SavedFilters;
using SocialInsurance.Api.Features.Tasks;
using SocialInsurance.Api.Infrastructure.Decisions;
using SocialInsurance.Api.Infrastructure.Forms;
using SocialInsurance.Api.Infrastructure.Http;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Identity.Sessions;
using SocialInsurance.Api.Infrastructure.OpenApi;
using SocialInsurance.Api.Infrastructure.Persistence;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Infrastructure.KeyRing;
using SocialInsurance.Api.Infrastructure.Telemetry;
using SocialInsurance.Workflows.Deployment;
using SocialInsurance.Workflows.Hosting;
using SocialInsurance.Workflows.Persistence;
using SocialInsurance.Workflows.Scheduling.Jobs;

namespace SocialInsurance.Api.Infrastructure.Hosting;

/// <summary>Composition root: the engine, its database, Hangfire, and start-up deployment of <c>workflows-definitions/</c>.</summary>
public static class HostingExtensions
{
    public static WebApplicationBuilder AddSocialInsurance(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        UseSettingsBesideBinary(builder);
        var dataFolder = configuration["Data:Folder"] ?? "data";
        Directory.CreateDirectory(dataFolder);

        builder.Services.AddWorkflows(options =>
        {
            var provider = configuration["Database:Provider"];
            options.Provider = string.Equals(provider, "PostgreSql", StringComparison.OrdinalIgnoreCase)
                ? DatabaseProvider.PostgreSql
                : DatabaseProvider.Sqlite;
            options.ConnectionString = configuration.GetConnectionString("Workflows")
                ?? $"Data Source={Path.Combine(dataFolder, "workflows.db")}";
            options.SqliteSynchronous = configuration["Database:SqliteSynchronous"] ?? options.SqliteSynchronous;
            options.MaxPoolSize = configuration.GetValue<int?>("Database:MaxPoolSize");
            options.GroupCommit = configuration.GetValue("Database:GroupCommit", options.GroupCommit);
            options.GroupCommitMaxSize = configuration.GetValue("Database:GroupCommitMaxSize", options.GroupCommitMaxSize);
            options.SyncLogBesideWriter = configuration.GetValue("Database:SyncLogBesideWriter", options.SyncLogBesideWriter);
        });

        builder.Services.AddCases(configuration);
        builder.Services.AddReports();

        var postgres = string.Equals(configuration["Database:Provider"], "PostgreSql", StringComparison.OrdinalIgnoreCase);
        builder.Services.AddHangfire((services, hangfire) =>
        {
            hangfire
                .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (postgres)
            {
                // Several nodes share one PostgreSQL storage and its locks (SQLite storage is for one node only).
                // On the node's one pool (StoreDataSource) unless the operator gives Hangfire a database of its own.
                var own = configuration.GetConnectionString("Hangfire");
                hangfire.UsePostgreSqlStorage(
                    storage =>
                    {
                        if (own is not null)
                        {
                            storage.UseNpgsqlConnection(own);
                        }
                        else
                        {
                            storage.UseConnectionFactory(new HangfireConnections(services.GetRequiredService<StoreDataSource>()));
                        }
                    },
                    new PostgreSqlStorageOptions
                    {
                        QueuePollInterval = TimeSpan.FromSeconds(1),
                        // A job fetched by a node that then dies is invisible to the others for this long (default 30 min).
                        // Sliding: a live node keeps extending it, so a long job is not handed to another node while its own node lives.
                        InvisibilityTimeout = TimeSpan.FromMinutes(configuration.GetValue("Hangfire:InvisibilityTimeoutMinutes", 5.0)),
                        UseSlidingInvisibilityTimeout = true,
                    });
            }
            else
            {
                hangfire.UseSQLiteStorage(
                    configuration.GetConnectionString("Hangfire") ?? Path.Combine(dataFolder, "hangfire.db"),
                    new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1) });
            }
        });
        if (configuration.GetValue("Hangfire:Server", true))
        {
            // One server per SQLite file: two servers on one file run some jobs twice (see TOOLCHAIN notes).
            builder.Services.AddHangfireServer(server =>
            {
                server.SchedulePollingInterval = TimeSpan.FromSeconds(1);
                server.WorkerCount = Math.Max(2, Environment.ProcessorCount * 2);
            });
        }

        // Enums travel by name ("Signed", not 1): clients are written against the names, which survive reordering.
        builder.Services.ConfigureHttpJsonOptions(json =>
            json.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        builder.Services.AddTaxBureau(configuration, dataFolder);
        builder.Services.AddInsuranceRegistry(configuration, dataFolder);
        builder.Services.AddRecurringJobs(configuration);
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [DatabaseHealthCheck.Tag]);
        builder.Services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors = [typeof(MessageTracing<,>), typeof(SubmissionMetrics), typeof(DecisionMetrics)];
        });
        builder.Services.AddApiIdentity();
        builder.Services.AddSharedKeyRing(configuration);
        builder.AddTelemetry();
        builder.Services.AddForms();
        builder.Services.AddExternalJwt(configuration);
        builder.Services.AddApiProblems();
        builder.Services.AddApiRateLimits(configuration);
        builder.Services.AddApiDocumentation();
        builder.Services.AddReferenceData();
        builder.Services.AddApplicantFeatures(configuration);
        builder.Services.AddTaskFeatures();
        builder.AddRequestLimits();
        return builder;
    }

    public static async Task InitializeAsync(this WebApplication app)
    {
        // One node at a time migrates, seeds and deploys (PostgreSQL advisory lock): the others wait, then find it done.
        await using (await app.Services.GetRequiredService<DatabaseMigrator>().LockAsync(CancellationToken.None))
        {
            await app.PrepareDatabaseAsync();
            await app.BackfillReportFactsAsync();
            await app.InitializeIdentityAsync();
            await app.DeployDefinitionsAsync();
        }

        var recurring = app.Services.GetRequiredService<IRecurringJobManager>();
        recurring.AddOrUpdate<OverdueBookmarkSweep>(
            OverdueBookmarkSweep.RecurringJobId, sweep => sweep.RunAsync(CancellationToken.None), Cron.Minutely());
        recurring.AddOrUpdate<UpcomingTimerHandOver>(
            UpcomingTimerHandOver.RecurringJobId, handOver => handOver.RunAsync(CancellationToken.None), Cron.Minutely());
        app.Services.ScheduleRecurringJobs(app.Configuration);
    }

    private static async Task DeployDefinitionsAsync(this WebApplication app)
    {
        var folder = DefinitionsFolder(app.Configuration, app.Environment);
        await app.DeployDecisionsAsync(folder);
        var deployments = app.Services.GetRequiredService<DeploymentService>();
        foreach (var (file, result) in await deployments.DeployFolderAsync(folder, CancellationToken.None))
        {
            if (!result.IsValid)
            {
                throw new InvalidOperationException(
                    $"Expected {file} to be a valid process, but: {string.Join("; ", result.Issues)}");
            }

            foreach (var process in result.Processes)
            {
                app.Logger.LogInformation(
                    "Deployed {File}: {Key} version {Version} ({State})",
                    Path.GetFileName(file), process.Key, process.Version, process.Created ? "new" : "unchanged");
            }
        }

        await app.DeployFormsAsync(folder);
    }

    public static WebApplication UseSocialInsurance(this WebApplication app)
    {
        app.UseApiProblems();
        app.UseDurableAnswers();
        app.UseSecurityHeaders();
        app.UseStudio();
        app.UseAuthentication();
        app.UseSignInSessions();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseDashboardRequestGuard("/hangfire");
        app.UseAdminDashboard();
        app.MapTelemetry();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(DatabaseHealthCheck.Tag) });
        app.MapApiDocumentation();
        app.MapAuthEndpoints();
        app.MapMeEndpoints();
        app.MapReferenceEndpoints();
        app.MapTaskEndpoints();
        app.MapSavedFilterEndpoints();
        app.MapAdminEndpoints();
        app.MapReportEndpoints();
        app.MapMigrationEndpoints();
        app.MapApplicationEndpoints();
        app.MapInsuranceEndpoints();
        app.MapNotificationEndpoints();
        app.MapSimulatorEndpoints(app.Configuration);
        app.MapTaxBureau();
        app.MapInsuranceRegistry();
        return app;
    }

    /// <summary>
    /// <c>dotnet run</c> from the repository root makes the root the content root, where no appsettings.json is, so the
    /// embedded defaults (demo accounts, logging) would silently be missing. Read the copies beside the binary instead,
    /// as the lowest-priority sources: environment variables and the command line still win.
    /// </summary>
    private static void UseSettingsBesideBinary(WebApplicationBuilder builder)
    {
        if (File.Exists(Path.Combine(builder.Environment.ContentRootPath, "appsettings.json")))
        {
            return;
        }

        foreach (var name in new[] { $"appsettings.{builder.Environment.EnvironmentName}.json", "appsettings.json" })
        {
            var source = new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource { Path = Path.Combine(AppContext.BaseDirectory, name), Optional = true };
            source.ResolveFileProvider();
            builder.Configuration.Sources.Insert(0, source);
        }
    }

    /// <summary>The configured folder, else <c>workflows-definitions</c> in the working directory or the first parent that has one.</summary>
    private static string DefinitionsFolder(IConfiguration configuration, IWebHostEnvironment environment)
    {
        if (configuration["Workflows:DefinitionsPath"] is { } configured)
        {
            return configured;
        }

        for (var directory = new DirectoryInfo(environment.ContentRootPath); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "workflows-definitions");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return "workflows-definitions";
    }
}
