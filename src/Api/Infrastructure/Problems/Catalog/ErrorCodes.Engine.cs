namespace SocialInsurance.Api.Infrastructure.Problems;

/// <summary>The engine's refusals (<c>RuntimeResult.Code</c>), in the users' languages; the engine writes only English.</summary>
public static partial class ErrorCodes
{
    public static readonly ErrorCode ProcessNoPublishedVersion = new("process.noPublishedVersion", "流程 {processKey} 没有已发布的版本", "Process '{processKey}' has no published version.");
    public static readonly ErrorCode ProcessStartsByMessage = new("process.startsByMessage", "流程 {processKey} 只能由消息启动", "Process '{processKey}' starts only by a message.");
    public static readonly ErrorCode ProcessRequired = new("process.required", "请指定流程", "Name the process to start");
    public static readonly ErrorCode ProcessNotDeployed = new("process.notDeployed", "流程 {key} 尚未部署", "Process '{key}' has no deployed version.");
    public static readonly ErrorCode ProcessVersionNotFound = new("process.versionNotFound", "流程 {key} 没有第 {version} 版", "Process '{key}' has no version {version}.");
    public static readonly ErrorCode MessageNameRequired = new("message.nameRequired", "请填写消息名称", "Name the message");
    public static readonly ErrorCode MessageNoWaitingInstance = new("message.noWaitingInstance", "没有实例在等待消息 {messageName}（关联键 {correlationKey}）", "No instance is waiting for message '{messageName}' with correlation key '{correlationKey}'.");
    public static readonly ErrorCode CorrelationKeyRequired = new("message.correlationKeyRequired", "请填写关联键", "Give the correlation key");
    public static readonly ErrorCode SignalNameRequired = new("signal.nameRequired", "请填写信号名称", "Name the signal");

    public static readonly ErrorCode TaskNotFound = new("task.notFound", "任务 {taskId} 不存在", "Task {taskId} does not exist.");
    public static readonly ErrorCode TaskAlreadyClaimed = new("task.alreadyClaimed", "任务 {taskId} 已由 {assignee} 认领", "Task {taskId} is already claimed by {assignee}.");
    public static readonly ErrorCode TaskNotOffered = new("task.notOffered", "任务 {taskId} 不在您或您所在组的待办中", "Task {taskId} is not offered to you or any of your groups.");
    public static readonly ErrorCode TaskNotClaimed = new("task.notClaimed", "任务 {taskId} 尚未被认领", "Task {taskId} is not claimed.");
    public static readonly ErrorCode TaskReleaseByAssignee = new("task.releaseByAssignee", "任务 {taskId} 由 {assignee} 认领，只有其本人或管理员可以释放", "Task {taskId} is claimed by {assignee}; only they or an administrator can release it.");
    public static readonly ErrorCode TaskNotOpen = new("task.notOpen", "任务 {taskId} 已不在办理中", "Task {taskId} is no longer open.");
    public static readonly ErrorCode TaskChangedConcurrently = new("task.changedConcurrently", "任务 {taskId} 已被他人同时办理或修改", "Task {taskId} was completed or changed by someone else at the same time.");
    public static readonly ErrorCode TaskInstanceNotFound = new("task.instanceNotFound", "任务 {taskId} 所属的流程实例不存在", "The instance of task {taskId} does not exist.");
    public static readonly ErrorCode TaskDiagramGone = new("task.diagramGone", "任务 {taskId} 的流程版本已不再保存", "The process version of task {taskId} is no longer stored.");

    public static readonly ErrorCode IncidentNotFound = new("incident.notFound", "故障 {incidentId} 不存在", "Incident {incidentId} does not exist.");
    public static readonly ErrorCode IncidentResolved = new("incident.resolved", "故障 {incidentId} 已处理", "Incident {incidentId} was already resolved.");
    public static readonly ErrorCode IncidentNoToken = new("incident.noToken", "故障 {incidentId} 已没有待重试的令牌", "Incident {incidentId} no longer holds a token.");
    public static readonly ErrorCode IncidentChangedConcurrently = new("incident.changedConcurrently", "故障 {incidentId} 所属实例同时被修改，请重试", "The instance of incident {incidentId} changed at the same time; try again.");

    public static readonly ErrorCode InstanceNotFound = new("instance.notFound", "流程实例 {instanceId} 不存在", "Instance {instanceId} does not exist.");
    public static readonly ErrorCode InstanceNotActive = new("instance.notActive", "流程实例 {instanceId} 已结束", "Instance {instanceId} is no longer active.");
    public static readonly ErrorCode InstanceChangedConcurrently = new("instance.changedConcurrently", "流程实例 {instanceId} 同时被修改，请重试", "Instance {instanceId} changed at the same time; try again.");
    public static readonly ErrorCode InstanceVariablesRequired = new("instance.variablesRequired", "请至少设置一个变量", "Set at least one variable");
}

public static partial class ErrorCodes
{
    public static readonly ErrorCode TaskNoApplication = new("task.noApplication", "任务 {taskId} 不属于任何申请", "Task {taskId} belongs to no application.");
}
