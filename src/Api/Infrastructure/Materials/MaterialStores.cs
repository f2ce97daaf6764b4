using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Workflows.Hosting;

namespace SocialInsurance.Api.Infrastructure.Materials;

/// <summary>
/// Chooses the store from <c>Materials:Store</c> (<see cref="MaterialStoreKind"/>). Unset, it follows the database: on
/// PostgreSQL (several nodes) the files go into the database, on SQLite (one node) they stay files under
/// <c>&lt;Data:Folder&gt;/materials</c>, where they always were. <c>Materials:Path</c> moves that folder, e.g. onto a
/// volume every node mounts.
/// </summary>
public static class MaterialStores
{
    public const int HeadLength = 8;

    public static IServiceCollection AddMaterialStore(this IServiceCollection services, IConfiguration configuration)
    {
        var kind = Kind(configuration);
        if (kind == MaterialStoreKind.Database)
        {
            services.AddSingleton<IMaterialStore>(provider => new DatabaseMaterialStore(
                provider.GetRequiredService<CasesDbContextFactory>(), provider.GetRequiredService<TimeProvider>()));
        }
        else
        {
            var path = configuration["Materials:Path"] is { Length: > 0 } configured
                ? configured
                : Path.Combine(configuration["Data:Folder"] ?? "data", "materials");
            services.AddSingleton<IMaterialStore>(new FileSystemMaterialStore(path));
        }

        return services;
    }

    public static MaterialStoreKind Kind(IConfiguration configuration)
    {
        if (configuration["Materials:Store"] is { Length: > 0 } configured)
        {
            return Enum.TryParse<MaterialStoreKind>(configured, ignoreCase: true, out var kind) && Enum.IsDefined(kind)
                ? kind
                : throw new InvalidOperationException($"Expected Materials:Store to be Database or FileSystem, but it is '{configured}'.");
        }

        return string.Equals(configuration["Database:Provider"], nameof(DatabaseProvider.PostgreSql), StringComparison.OrdinalIgnoreCase)
            ? MaterialStoreKind.Database
            : MaterialStoreKind.FileSystem;
    }
}
