using Microsoft.Extensions.DependencyInjection.Extensions;
using SocialInsurance.Api.ServiceTasks;
using SocialInsurance.Domain.Policy;
using SocialInsurance.Domain.Reference;
using SocialInsurance.Domain.SeedWork;
using SocialInsurance.Workflows.Hosting;

namespace SocialInsurance.Api.Infrastructure.Cases;

public static class CasesServiceCollectionExtensions
{
    /// <summary>
    /// Case persistence and the service-task handlers of the three processes. Reference catalogs and the policy table
    /// are added only when nothing registered them before (the reference/admin features may load them from storage).
    /// </summary>
    public static IServiceCollection AddCases(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(CasesOptions.Section).Get<CasesOptions>() ?? new CasesOptions();
        services.AddSingleton(options);
        services.TryAddSingleton(new WorkingDayCalendar(options.Holidays, options.MakeUpWorkingDays));
        services.TryAddSingleton(RegionCatalog.Default);
        services.TryAddSingleton(InsuranceTypeCatalog.Default);
        services.TryAddSingleton(BankCategoryCatalog.Default);
        services.TryAddSingleton(PolicyTable.Default);
        services.TryAddSingleton<INotificationGateway, RecordOnlyNotificationGateway>();
        services.AddSingleton<CasesDbContextFactory>();
        services.AddSingleton<CasesDatabase>();

        services.AddActivity<ValidateApplication>();
        services.AddActivity<MarkUnderReview>();
        services.AddActivity<ApproveApplication>();
        services.AddActivity<RequestSupplement>();
        services.AddActivity<RejectApplication>();
        services.AddActivity<CompleteApplication>();
        services.AddActivity<RegisterEnrollment>();
        services.AddActivity<ResumeInsurance>();
        services.AddActivity<SuspendInsurance>();
        services.AddActivity<SendNotification>();
        return services;
    }
}
