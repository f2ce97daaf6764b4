using SocialInsurance.Api.Features.Tasks.Case;
using SocialInsurance.Api.Infrastructure.Http;
using SocialInsurance.Api.Infrastructure.Identity;

namespace SocialInsurance.Api.Features.Tasks;

public static class TaskEndpoints
{
    public static IEndpointRouteBuilder MapTaskEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/tasks").WithTags("Tasks").RequireAuthorization(Policies.Reviewer);
        // Every use case of this folder (UseCaseRoutes), and those of other folders a reviewer uses on a task.
        group.MapUseCasesOf(typeof(TaskEndpoints));
        RevealIdNumber.Map(group);
        Comments.ListTaskComments.Map(group);
        Comments.AddTaskComment.Map(group);
        return app;
    }

    /// <summary>Services of the reviewer features; called once from the composition root.</summary>
    public static IServiceCollection AddTaskFeatures(this IServiceCollection services) => 
        services.AddSingleton<CaseLabels>().AddSingleton<CaseOrderedTasks>().AddSingleton<Search.CaseSearch>().AddSingleton<TaskOutcomes>().AddScoped<Colleagues>().AddSingleton<CaseTerms>().AddSingleton<CaseProjection>().AddSingleton<SupplementRules>();
}
