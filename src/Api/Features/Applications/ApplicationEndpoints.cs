using SocialInsurance.Api.Infrastructure.Http;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Materials;

namespace SocialInsurance.Api.Features.Applications;

public static class ApplicationEndpoints
{
    /// <summary>Applicant routes, plus material download, which reviewers of the case's groups may also use.</summary>
    public static IEndpointRouteBuilder MapApplicationEndpoints(this IEndpointRouteBuilder app)
    {
        var applicant = app.MapGroup("/api/applications").WithTags("Applications").RequireAuthorization(Policies.Applicant);
        applicant.MapUseCasesOf(typeof(ApplicationEndpoints)); // every use case of this folder (UseCaseRoutes)
        Comments.ListMyCaseComments.Map(applicant);
        DownloadMaterial.Map(app);
        return app;
    }

    /// <summary>Services of the applicant features; called once from the composition root.</summary>
    public static IServiceCollection AddApplicantFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ApplicantDatabase>();
        services.AddSingleton<ApplicationForm>();
        services.AddMaterialStore(configuration);
        services.AddSingleton<MaterialFiles>();
        services.AddSingleton<SubmissionRules>();
        services.AddScoped<ProgressTimeline>();
        services.AddScoped<IdempotencyFilter>();
        services.AddScoped<IdempotencyScope>();
        services.AddSubmissionRateLimit(configuration);
        services.AddUploadLimits(configuration);
        return services;
    }
}
