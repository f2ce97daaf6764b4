namespace SocialInsurance.Api.Infrastructure.Problems;

/// <summary>Administration: processes, decisions, forms, policy tables, holidays, jobs.</summary>
public static partial class ErrorCodes
{
    public static readonly ErrorCode DecisionFromRequired = new("decision.fromRequired", "请指定起始版本号", "Give the version to compare from (from=1)");
    public static readonly ErrorCode DecisionToRequired = new("decision.toRequired", "请指定目标版本号", "Give the version to compare to (to=2)");
    public static readonly ErrorCode DecisionVersionsNotFound = new("decision.versionsNotFound", "决策表 {key} 缺少第 {from} 版或第 {to} 版", "Decision '{key}' lacks version {from} or {to}.");
    public static readonly ErrorCode YearOutOfRange = new("policy.yearOutOfRange", "年度须在 2000 至 2100 之间（收到 {year}）", "Expected a year between 2000 and 2100, but got {year}.");
    public static readonly ErrorCode InstanceStateInvalid = new("instance.stateInvalid", "状态须为 Active、Completed、Terminated 或 Cancelled", "State must be Active, Completed, Terminated or Cancelled");
    public static readonly ErrorCode PageInvalid = new("paging.invalid", "页码从 1 开始，每页 1 至 100 条", "Page starts at 1; page size is 1 to 100");
    public static readonly ErrorCode GradeModeInvalid = new("policy.gradeModeInvalid", "档次模式须为 Fixed（固定档次）或 Free（自由填写）", "gradeMode must be Fixed or Free.");
    public static readonly ErrorCode TooManyGrades = new("policy.tooManyGrades", "档次不能超过 {max} 个", "At most {max} grades.");
    public static readonly ErrorCode TooManyReminders = new("policy.tooManyReminders", "提醒最多 {max} 次，且提前不超过 60 天", "At most {max} reminders, each at most 60 days ahead.");
    public static readonly ErrorCode SourceRequired = new("policy.sourceRequired", "请注明政策参数的来源（文件名称、文号或网址）", "Enter the source of the figures (notice title, number or address).");
    public static readonly ErrorCode SourceTooLong = new("policy.sourceTooLong", "来源不能超过 {max} 个字", "The source must be at most {max} characters.");
    public static readonly ErrorCode ConfidenceInvalid = new("policy.confidenceInvalid", "可信度须为 High、Medium 或 Low", "confidence must be High, Medium or Low.");
    public static readonly ErrorCode VariablesAsObject = new("decision.variablesAsObject", "请以对象形式提供变量", "Give the variables as an object, e.g. {\"variables\": {\"regionCode\": \"6501\"}}");
    public static readonly ErrorCode VersionInvalid = new("decision.versionInvalid", "版本号须从 1 开始", "Versions start at 1");
    public static readonly ErrorCode DecisionNotPublished = new("decision.notPublished", "决策表 {key} 没有已发布的版本", "Decision '{key}' has no published version.");
    public static readonly ErrorCode HolidaysRequired = new("holidays.required", "请提供节假日列表（可为空）", "Provide the holidays (an empty list is allowed).");
    public static readonly ErrorCode TooManyHolidays = new("holidays.tooMany", "节假日不能超过 {max} 天", "At most {max} holidays.");
    public static readonly ErrorCode MakeUpDaysRequired = new("holidays.makeUpRequired", "请提供调休上班日列表（可为空）", "Provide the make-up working days (an empty list is allowed).");
    public static readonly ErrorCode TooManyMakeUpDays = new("holidays.makeUpTooMany", "调休上班日不能超过 {max} 天", "At most {max} make-up working days.");
    public static readonly ErrorCode FormSchemaRequired = new("form.schemaRequired", "请提供表单定义 schema", "Send the form-js schema as 'schema'");
    public static readonly ErrorCode FormNotDeployed = new("form.notDeployed", "表单 {key} 尚未部署", "Form '{key}' is not deployed.");
    public static readonly ErrorCode FormVersionNotFound = new("form.versionNotFound", "表单 {key} 没有第 {version} 版", "Form '{key}' has no version {version}.");
    public static readonly ErrorCode PolicyYearNotFound = new("policy.yearNotFound", "尚未配置 {year} 年缴费政策", "There is no policy row for {year}.");
    public static readonly ErrorCode PolicyLastYear = new("policy.lastYear", "不能删除唯一的缴费政策年度 {year}", "{year} is the only policy row; add another year before deleting it.");
    public static readonly ErrorCode JobNotTriggerable = new("job.notTriggerable", "只能触发以下任务：{jobs}（收到“{id}”）", "Expected one of {jobs}, but got '{id}'.");
    public static readonly ErrorCode JobNotScheduled = new("job.notScheduled", "定时任务 {id} 未在本节点上排程", "Recurring job '{id}' is not scheduled on this node.");
    public static readonly ErrorCode DecisionNotDeployed = new("decision.notDeployed", "决策表 {key} 尚未部署", "Decision '{key}' has no deployed version.");
    public static readonly ErrorCode DecisionVersionNotFound = new("decision.versionNotFound", "决策表 {key} 没有第 {version} 版", "Decision '{key}' has no version {version}.");
}

public static partial class ErrorCodes
{
    public static readonly ErrorCode DefinitionInvalid = new("definition.invalid", "流程定义无效", "Invalid process definition");
    public static readonly ErrorCode DefinitionProblems = new("definition.problems", "BPMN 文件有 {count} 处问题", "The BPMN document has {count} problem(s).");
    public static readonly ErrorCode BpmnXmlRequiredTitle = new("definition.xmlRequiredTitle", "须为 BPMN XML", "Expected BPMN XML");
    public static readonly ErrorCode BpmnXmlRequired = new("definition.xmlRequired", "请以 Content-Type: application/xml 发送 BPMN 文件（不超过 2 MB）", "Send the BPMN document with Content-Type: application/xml (at most 2 MB).");
    public static readonly ErrorCode DecisionInvalid = new("decision.invalid", "决策表无效", "Invalid decision table");
    public static readonly ErrorCode DecisionProblems = new("decision.problems", "DMN 文件有 {count} 处问题", "The DMN document has {count} problem(s).");
    public static readonly ErrorCode DmnXmlRequiredTitle = new("decision.xmlRequiredTitle", "须为 DMN XML", "Expected DMN XML");
    public static readonly ErrorCode DmnXmlRequired = new("decision.xmlRequired", "请以 Content-Type: application/xml 发送 DMN 文件（不超过 2 MB）", "Send the DMN document with Content-Type: application/xml (at most 2 MB).");
}

public static partial class ErrorCodes
{
    public static readonly ErrorCode DateInvalid = new("field.dateInvalid", "日期格式须为 yyyy-MM-dd（收到“{value}”）", "Expected a date as yyyy-MM-dd, but got '{value}'.");
    public static readonly ErrorCode FigureRequired = new("policy.figureRequired", "请填写{field}", "Enter {field}.");
    public static readonly ErrorCode AmountPrecision = new("policy.amountPrecision", "{field}最多精确到分（两位小数）", "{field} may have at most two decimals (fen).");
    public static readonly ErrorCode VariableNameInvalid = new("instance.variableNameInvalid", "变量名须以字母开头，只含字母、数字和下划线，最长 64 个字符", "A variable name starts with a letter and holds letters, digits and underscores only, at most 64 characters");
}
