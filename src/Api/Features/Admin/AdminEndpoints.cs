using SocialInsurance.Api.Infrastructure.Http;
using SocialInsurance.Api.Infrastructure.Identity;

namespace SocialInsurance.Api.Features.Admin;

public static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        // Every use case of this folder (UseCaseRoutes): definitions, instances, incidents, jobs, forms, decisions, policy tables, holidays.
        app.MapGroup("/api/admin").WithTags("Admin").RequireAuthorization(Policies.Admin).MapUseCasesOf(typeof(AdminEndpoints));
        return app;
    }
}
