namespace SocialInsurance.Api.Infrastructure.Problems;

/// <summary>
/// Why an incident happened (<c>Incident.Code</c>, the engine's <c>IncidentCodes</c>), in the users' languages: the
/// engine stores only a code, its arguments and an English message. An incident's <c>detail</c> argument (a script's
/// or job's own error text) is not part of these sentences: clients show it after them, as it was written.
/// <c>IncidentCatalogTests</c> holds this list to the engine's.
/// </summary>
public static partial class ErrorCodes
{
    public static readonly ErrorCode IncidentNoOutgoingFlow = new("incident.noOutgoingFlow", "没有可走的出口：所有条件都不成立，且没有默认流", "No way out: no condition holds and there is no default flow.");
    public static readonly ErrorCode IncidentLinkTargetMissing = new("incident.linkTargetMissing", "找不到名为“{link}”的链接捕获事件", "There is no link catch event named '{link}'.");
    public static readonly ErrorCode IncidentLoopGuard = new("incident.loopGuard", "流程在 {limit} 次元素激活内没有到达等待状态，可能是一个没有等待状态的循环", "The process did not reach a wait state within {limit} element activations: a loop without a wait state?");

    public static readonly ErrorCode IncidentHandlerMissing = new("incident.handlerMissing", "没有为主题“{topic}”注册服务任务处理程序", "No service task handler is registered for topic '{topic}'.");
    public static readonly ErrorCode IncidentJobFailed = new("incident.jobFailed", "后台作业已失败 {attempts} 次，重试次数已用完", "The background job failed {attempts} times and has no retries left.");
    public static readonly ErrorCode IncidentElementFailed = new("incident.elementFailed", "执行这一步时出错", "This step failed.");
    public static readonly ErrorCode IncidentErrorNotCaught = new("incident.errorNotCaught", "抛出了业务错误“{error}”，但没有错误边界事件捕获它", "Business error '{error}' was thrown, but no error boundary event catches it.");

    public static readonly ErrorCode IncidentScriptFailed = new("incident.scriptFailed", "脚本执行失败", "The script failed.");
    public static readonly ErrorCode IncidentScriptSyntax = new("incident.scriptSyntax", "脚本有语法错误", "The script has a syntax error.");
    public static readonly ErrorCode IncidentExpressionFailed = new("incident.expressionFailed", "表达式 {expression} 计算失败", "Expression {expression} failed.");
    public static readonly ErrorCode IncidentExpressionSyntax = new("incident.expressionSyntax", "表达式 {expression} 有语法错误", "Expression {expression} has a syntax error.");
    public static readonly ErrorCode IncidentTimeLimit = new("incident.timeLimit", "脚本或表达式超过了 {limit} 毫秒的时间限制", "The script or expression ran longer than its limit of {limit} ms.");
    public static readonly ErrorCode IncidentMemoryLimit = new("incident.memoryLimit", "脚本或表达式超过了 {limit} 的内存限制", "The script or expression used more than its memory limit of {limit}.");
    public static readonly ErrorCode IncidentStatementLimit = new("incident.statementLimit", "脚本或表达式超过了 {limit} 条语句的限制", "The script or expression ran more than its limit of {limit} statements.");
    public static readonly ErrorCode IncidentRecursionLimit = new("incident.recursionLimit", "脚本或表达式超过了 {limit} 层的递归深度限制", "The script or expression went deeper than its recursion limit of {limit}.");

    public static readonly ErrorCode IncidentLoopCollectionNotArray = new("incident.loopCollectionNotArray", "多实例的集合 {collection} 应为数组，实际为 {value}", "The multi-instance collection {collection} must be an array, but it is {value}.");
    public static readonly ErrorCode IncidentLoopCardinalityInvalid = new("incident.loopCardinalityInvalid", "多实例的循环次数 {cardinality} 应为不小于 0 的整数，实际为 {value}", "The loop cardinality {cardinality} must be a whole number from 0, but it is {value}.");

    public static readonly ErrorCode IncidentPriorityInvalid = new("incident.priorityInvalid", "任务优先级应为整数，实际为 {value}", "The task priority must be an integer, but it is {value}.");
    public static readonly ErrorCode IncidentDueDateInvalid = new("incident.dueDateInvalid", "任务监听器设置的到期时间不是有效的日期或时长：{value}", "The due date a task listener set is not a date or a duration: {value}.");

    public static readonly ErrorCode IncidentEventDefinitionUnsupported = new("incident.eventDefinitionUnsupported", "不支持这个事件的定义类型", "This event's kind of definition is not supported.");
    public static readonly ErrorCode IncidentCorrelationKeyEmpty = new("incident.correlationKeyEmpty", "消息“{message}”的关联键 {expression} 没有值", "The correlation key {expression} of message '{message}' has no value.");
    public static readonly ErrorCode IncidentTimerExpressionEmpty = new("incident.timerExpressionEmpty", "定时器表达式 {expression} 没有得到值", "The timer expression {expression} gave no value.");
    public static readonly ErrorCode IncidentDateOrDurationInvalid = new("incident.dateOrDurationInvalid", "日期、时长或周期的写法无效", "A date, duration or cycle is not valid.");

    public static readonly ErrorCode IncidentDecisionMissing = new("incident.decisionMissing", "决策“{decision}”没有已发布的版本", "Decision '{decision}' has no published version.");
    public static readonly ErrorCode IncidentDecisionVersionMissing = new("incident.decisionVersionMissing", "决策“{decision}”的第 {version} 版尚未部署", "Version {version} of decision '{decision}' is not deployed.");
    public static readonly ErrorCode IncidentDecisionDeploymentMissing = new("incident.decisionDeploymentMissing", "决策“{decision}”没有在本流程版本之前部署的版本", "Decision '{decision}' has no version deployed before this process version.");
    public static readonly ErrorCode IncidentDecisionFailed = new("incident.decisionFailed", "决策“{decision}”没有得出结果", "Decision '{decision}' gave no result.");

    public static readonly ErrorCode IncidentCalledElementEmpty = new("incident.calledElementEmpty", "被调用流程的表达式 {expression} 没有得到流程键", "The called element {expression} names no process.");
    public static readonly ErrorCode IncidentCalledProcessMissing = new("incident.calledProcessMissing", "被调用的流程“{process}”没有已发布的版本", "The called process '{process}' has no published version.");
    public static readonly ErrorCode IncidentCalledVersionMissing = new("incident.calledVersionMissing", "被调用的流程“{process}”的第 {version} 版尚未部署", "Version {version} of the called process '{process}' is not deployed.");
    public static readonly ErrorCode IncidentCalledDeploymentMissing = new("incident.calledDeploymentMissing", "被调用的流程“{process}”没有在本流程版本之前部署的版本", "The called process '{process}' has no version deployed before this process version.");
    public static readonly ErrorCode IncidentCalledVersionTagMissing = new("incident.calledVersionTagMissing", "被调用的流程“{process}”没有版本标签为“{versionTag}”的版本", "The called process '{process}' has no version tagged '{versionTag}'.");
    public static readonly ErrorCode IncidentCalledProcessNotCompiled = new("incident.calledProcessNotCompiled", "被调用的流程“{process}”第 {version} 版无法加载", "Version {version} of the called process '{process}' cannot be loaded.");
    public static readonly ErrorCode IncidentCalledProcessStartsByMessage = new("incident.calledProcessStartsByMessage", "被调用的流程“{process}”只能由消息启动", "The called process '{process}' starts only by a message.");
    public static readonly ErrorCode IncidentCalledInstanceFailed = new("incident.calledInstanceFailed", "被调用的子流程（{process}）在“{element}”处出了故障", "The called instance ({process}) has an incident at '{element}'.");
}
