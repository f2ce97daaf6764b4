using Microsoft.Extensions.DependencyInjection.Extensions;
using SocialInsurance.Api.Infrastructure.Http;
using SocialInsurance.Domain.Reference;

namespace SocialInsurance.Api.Features.Reference;

/// <summary>Public reference data the forms are drawn from: anonymous, cacheable for an hour.</summary>
public static class ReferenceEndpoints
{
    /// <summary>
    /// The catalogs default to the domain's; a deployment (or the case engineer's configuration binding) may register its
    /// own first. The policy table is not here: it lives in the database (<c>PolicyTables</c>, registered with the cases).
    /// </summary>
    public static IServiceCollection AddReferenceData(this IServiceCollection services)
    {
        services.TryAddSingleton(RegionCatalog.Default);
        services.TryAddSingleton(InsuranceTypeCatalog.Default);
        services.TryAddSingleton(BankCategoryCatalog.Default);
        return services;
    }

    public static IEndpointRouteBuilder MapReferenceEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reference").WithTags("Reference").AllowAnonymous();
        group.CachePublicly(TimeSpan.FromHours(1));
        ListRegions.Map(group);
        ListInsuranceTypes.Map(group);
        ListBanks.Map(group);
        ListSuspensionReasons.Map(group);
        ListPaymentFrequencies.Map(group);
        GetPolicy.Map(group);
        GetHolidays.Map(group);
        return app;
    }
}
