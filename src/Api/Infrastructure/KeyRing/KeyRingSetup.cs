using SocialInsurance.Api.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;

namespace SocialInsurance.Api.Infrastructure.KeyRing;

public static class KeyRingSetup
{
    /// <summary>The default: tokens from one deployment are never valid in another that shares nothing but a name.</summary>
    public const string DefaultApplicationName = "SocialInsuranceWorkflows";

    /// <summary>
    /// Keys in the database and a fixed application name. Both matter: the default name is derived from the content
    /// root path, so two nodes installed in different folders would not read each other's tokens even with one ring.
    /// </summary>
    public static IServiceCollection AddSharedKeyRing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCaseServiceStore();
        services.AddDataProtection()
            .SetApplicationName(configuration["DataProtection:ApplicationName"] ?? DefaultApplicationName)
            .PersistKeysToDbContext<CaseServiceDbContext>();
        return services;
    }
}
