using System.Data.Common;
using SocialInsurance.Workflows.Persistence;

namespace SocialInsurance.Api.Infrastructure.Hosting;

/// <summary>
/// How the API wires an outside authority (the tax bureau, the insurance registry): its real HTTP gateway when
/// <c>{section}:BaseAddress</c> is set, else its simulator in this process; a host with neither refuses to start rather
/// than answer as if the authority had been asked.
/// </summary>
internal static class OutsideAuthorities
{
    /// <param name="postgreSqlDatabase">The simulator's store on PostgreSQL: the shared database, so every node sees one
    /// authority (an agreement signed through one node is what polling on another finds).</param>
    public static IServiceCollection AddGatewayOrSimulator<TDatabase>(
        this IServiceCollection services,
        IConfiguration configuration,
        string section,
        bool simulatorEnabled,
        string dataFolder,
        Func<Func<DbConnection>, TDatabase> postgreSqlDatabase,
        Action addSimulator,
        Action addGateway,
        Action addInProcessGateway)
        where TDatabase : class
    {
        if (simulatorEnabled)
        {
            configuration[$"{section}:Simulator:DataFolder"] ??= dataFolder;
            if (SharedDatabase.PostgreSqlConnectionString(configuration) is not null)
            {
                services.AddSingleton(provider =>
                {
                    // The node's one pool (StoreDataSource), not a second one of Npgsql's default 100 connections.
                    var dataSource = provider.GetRequiredService<StoreDataSource>();
                    return postgreSqlDatabase(dataSource.CreateConnection);
                });
            }

            addSimulator();
        }

        if (!string.IsNullOrWhiteSpace(configuration[$"{section}:BaseAddress"]))
        {
            addGateway();
        }
        else if (simulatorEnabled)
        {
            addInProcessGateway();
        }
        else
        {
            throw new InvalidOperationException(
                $"Expected {section}:BaseAddress, or the simulator ({section}:Simulator:Enabled=true), but neither is configured.");
        }

        return services;
    }
}
