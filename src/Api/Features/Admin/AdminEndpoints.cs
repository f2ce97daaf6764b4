using SocialInsurance.Api.Infrastructure.Identity;

namespace SocialInsurance.Api.Features.Admin;

public static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin").WithTags("Admin").RequireAuthorization(Policies.Admin);
        ListDefinitions.Map(group);
        DeployDefinition.Map(group);
        ValidateDefinition.Map(group);
        ListDefinitionVersions.Map(group);
        GetDefinitionVersion.Map(group);
        PublishDefinitionVersion.Map(group);
        GetElementTemplates.Map(group);
        StartInstance.Map(group);
        ListInstances.Map(group);
        SearchInstances.Map(group);
        GetInstance.Map(group);
        CancelInstance.Map(group);
        GetInstanceWaitStates.Map(group);
        SetInstanceVariables.Map(group);
        CorrelateMessage.Map(group);
        ListIncidents.Map(group);
        RetryIncident.Map(group);
        TriggerRecurringJob.Map(group);
        ListForms.Map(group);
        GetForm.Map(group);
        ListFormVersions.Map(group);
        DeployForm.Map(group);
        ListDecisions.Map(group);
        DeployDecision.Map(group);
        GetDecisionVersion.Map(group);
        ListDecisionVersions.Map(group);
        PublishDecisionVersion.Map(group);
        DiffDecisionVersions.Map(group);
        EvaluateDecision.Map(group);
        ListPolicyYears.Map(group);
        GetPolicyYear.Map(group);
        SavePolicyYear.Map(group);
        DeletePolicyYear.Map(group);
        GetHolidaySchedule.Map(group);
        SaveHolidaySchedule.Map(group);
        return app;
    }
}
