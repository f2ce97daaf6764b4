using Microsoft.Extensions.DependencyInjection.Extensions;
using SocialInsurance.Api.Infrastructure.Persistence;
using SocialInsurance.Api.Infrastructure.PolicyData;
using SocialInsurance.Api.ServiceTasks;
using SocialInsurance.Domain.Reference;
using SocialInsurance.Workflows.Hosting;

namespace SocialInsurance.Api.Infrastructure.Cases;

public static class CasesServiceCollectionExtensions
{
    /// <summary>
    /// Case persistence and the service-task handlers of the three processes. Reference catalogs are added only when
    /// nothing registered them before; the policy table and the holiday calendar are read from the database
    /// (<see cref="PolicyTables"/>, <see cref="HolidayCalendars"/>), where administrators edit them.
    /// </summary>
    public static IServiceCollection AddCases(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(CasesOptions.Section).Get<CasesOptions>() ?? new CasesOptions();
        services.AddSingleton(options);
        services.TryAddSingleton(RegionCatalog.Default);
        services.TryAddSingleton(InsuranceTypeCatalog.Default);
        services.TryAddSingleton(BankCategoryCatalog.Default);
        services.AddSingleton<PolicyDatabase>();
        services.AddSingleton<PolicyTables>();
        services.AddSingleton<HolidayCalendars>();
        services.AddSingleton<ApplicationRules>();
        services.TryAddSingleton<INotificationGateway, RecordOnlyNotificationGateway>();
        services.AddCaseServiceStore();
        services.AddSingleton<CasesDbContextFactory>();
        // Replaces the jobs' "nothing to match" whichever is registered first: with cases, agreements match the declaration.
        services.Replace(ServiceDescriptor.Singleton<Jobs.IDeclaredAccounts, Jobs.CaseDeclaredAccounts>());

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
