using SocialInsurance.Api.Infrastructure.Identity;

namespace SocialInsurance.Api.Features.Migrations;

/// <summary>Running-instance migration (流程实例迁移), for administrators: docs/engine.md, "Migrating running instances".</summary>
public static class MigrationEndpoints
{
    public static IEndpointRouteBuilder MapMigrationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/migrations").WithTags("Migrations").RequireAuthorization(Policies.Admin);
        StartMigration.Map(group);
        GetMigration.Map(group);
        ListMigrations.Map(group);
        return app;
    }
}
