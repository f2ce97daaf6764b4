using Scalar.AspNetCore;

namespace SocialInsurance.Api.Infrastructure.OpenApi;

/// <summary>The OpenAPI document at <c>/openapi/v1.json</c> and the interactive reference at <c>/scalar</c>, both anonymous: the contract is public, the data is not.</summary>
public static class OpenApiExtensions
{
    public static IServiceCollection AddApiDocumentation(this IServiceCollection services) =>
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "SocialInsuranceWorkflows API";
            document.Info.Description = "新疆灵活就业人员养老保险经办 — applicants, reviewers and administrators. Sign in at POST /api/auth/login and send `Authorization: Bearer <accessToken>`. Errors are problem details with a stable `code` (see the ErrorCode schema) in the language of `Accept-Language` (zh-CN unless `en`).";
            OpenApiErrorCodes.Describe(document);
            return Task.CompletedTask;
        }).AddOperationTransformer(OpenApiExamples.ApplyAsync));

    public static IEndpointRouteBuilder MapApiDocumentation(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/scalar").AllowAnonymous();
        return app;
    }
}
