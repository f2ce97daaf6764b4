using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.InstanceMigration;

namespace SocialInsurance.Workflows.Tests.Scenarios.Migration;

/// <summary>Plans and runs migrations of process <c>proc</c> through the engine's own services.</summary>
internal static class Migrations
{
    public static readonly Actor Admin = new("admin1", [], IsAdministrator: true);

    public static async Task<MigrationPlan> PlanAsync(TestEngine engine, int from = 1, int to = 2, params (string Source, string Target)[] mapping)
    {
        var result = await engine.Services.GetRequiredService<MigrationService>()
            .PlanAsync("proc", from, to, mapping.Length == 0 ? null : mapping.Select(m => new ElementMapping(m.Source, m.Target)).ToArray());
        Assert.True(result.IsOk, result.Error);
        return result.Value!;
    }

    public static async Task<InstanceReport> DryRunAsync(TestEngine engine, MigrationPlan plan, Guid instanceId) =>
        (await engine.Services.GetRequiredService<MigrationService>().DryRunAsync(plan)).Single(r => r.InstanceId == instanceId);

    public static Task<MigrationOutcome> MigrateAsync(TestEngine engine, MigrationPlan plan, Guid instanceId, long? dryRunStamp = null) =>
        engine.Services.GetRequiredService<InstanceMigrator>().MigrateAsync(plan, instanceId, dryRunStamp, Admin);

    /// <summary>Migrates with the default mapping and insists that it worked.</summary>
    public static async Task MigratedAsync(TestEngine engine, Guid instanceId, params (string Source, string Target)[] mapping)
    {
        var plan = await PlanAsync(engine, 1, 2, mapping);
        Assert.Empty(plan.Problems);
        var outcome = await MigrateAsync(engine, plan, instanceId);
        Assert.Equal(MigrationOutcomeKind.Migrated, outcome.Kind);
    }
}
