using Microsoft.AspNetCore.DataProtection;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Workflows.Persistence;

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
        services.AddDbContext<KeyRingDbContext>(IdentityServiceExtensions.UseEngineDatabase);
        services.AddDataProtection()
            .SetApplicationName(configuration["DataProtection:ApplicationName"] ?? DefaultApplicationName)
            .PersistKeysToDbContext<KeyRingDbContext>();
        return services;
    }

    /// <summary>Creates the key table before the first key is read or written (the way every other table is created today).</summary>
    public static async Task EnsureKeyRingAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await SchemaCreator.EnsureTablesAsync(scope.ServiceProvider.GetRequiredService<KeyRingDbContext>(), KeyRingDbContext.Table, CancellationToken.None);
    }
}
