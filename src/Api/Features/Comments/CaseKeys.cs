using SocialInsurance.Workflows.Execution.UserTasks;

namespace SocialInsurance.Api.Features.Comments;

/// <summary>What a comment hangs on: the task's business key (the application id), or its instance when it has none.</summary>
public static class CaseKeys
{
    public static string Of(UserTaskInstance task) => task.BusinessKey ?? $"instance:{task.InstanceId:D}";
}
