using Hangfire;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SocialInsurance.Api.Jobs;

/// <summary>The recurring jobs and their schedules (configuration, so operations can change them without a build).</summary>
public static class JobsHostingExtensions
{
    public static IServiceCollection AddRecurringJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AgreementPollingOptions>(configuration.GetSection(AgreementPollingOptions.SectionName));
        services.AddTransient<AgreementPollingJob>();
        services.TryAddSingleton<IDeclaredAccounts, NoDeclaredAccounts>();
        services.Configure<ContributionDeadlinesOptions>(configuration.GetSection(ContributionDeadlinesOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddTransient<ContributionDeadlinesJob>();
        services.AddTransient<MigrationBatchJob>();
        return services;
    }

    public static void ScheduleRecurringJobs(this IServiceProvider services, IConfiguration configuration)
    {
        var recurring = services.GetRequiredService<IRecurringJobManager>();
        var polling = configuration.GetSection(AgreementPollingOptions.SectionName).Get<AgreementPollingOptions>() ?? new();
        recurring.AddOrUpdate<AgreementPollingJob>(AgreementPollingJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), polling.Cron);
        // Cron in UTC (Hangfire's default): the default 0 18 * * * is 02:00 China Standard Time.
        var deadlines = configuration.GetSection(ContributionDeadlinesOptions.SectionName).Get<ContributionDeadlinesOptions>() ?? new();
        recurring.AddOrUpdate<ContributionDeadlinesJob>(
            ContributionDeadlinesJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), deadlines.Cron, new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
    }
}
