using Hangfire;

namespace SocialInsurance.Api.Jobs;

/// <summary>The recurring jobs and their schedules (configuration, so operations can change them without a build).</summary>
public static class JobsHostingExtensions
{
    public static IServiceCollection AddRecurringJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AgreementPollingOptions>(configuration.GetSection(AgreementPollingOptions.SectionName));
        services.AddTransient<AgreementPollingJob>();
        return services;
    }

    public static void ScheduleRecurringJobs(this IServiceProvider services, IConfiguration configuration)
    {
        var recurring = services.GetRequiredService<IRecurringJobManager>();
        var polling = configuration.GetSection(AgreementPollingOptions.SectionName).Get<AgreementPollingOptions>() ?? new();
        recurring.AddOrUpdate<AgreementPollingJob>(AgreementPollingJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), polling.Cron);
    }
}
