namespace SocialInsurance.Api.Infrastructure.Problems;

/// <summary>Review tasks (the reviewer's side).</summary>
public static partial class ErrorCodes
{
    public static readonly ErrorCode ScopeInvalid = new("task.scopeInvalid", "范围须为 mine、followUp、available、done 或 overdue", "Scope must be mine, followUp, available, done or overdue");
    public static readonly ErrorCode RegionCodeInvalid = new("task.regionCodeInvalid", "统筹区代码须为 2 至 6 位数字", "Region code must be 2 to 6 digits");
    public static readonly ErrorCode PageStartsAtOne = new("paging.pageStartsAtOne", "页码须从 1 开始", "Page starts at 1");
    public static readonly ErrorCode PageSizeInvalid = new("paging.pageSizeInvalid", "每页条数须在 1 至 100 之间", "Page size must be between 1 and 100");
    public static readonly ErrorCode DueRangeInvalid = new("task.dueRangeInvalid", "截止时间范围的结束须晚于开始", "The end of the due-date range must be after its start");
    public static readonly ErrorCode DecisionRequired = new("task.decisionRequired", "请选择审核结论（approve、reject 或 supplement）", "Choose a decision: approve, reject or supplement");
    public static readonly ErrorCode CommentRequired = new("task.commentRequired", "不予通过或补充材料时须填写审核意见", "A comment is required unless the decision is approve");
    public static readonly ErrorCode CommentTooLong = new("task.commentTooLong", "审核意见不能超过 {max} 字", "The comment must be at most {max} characters");
    public static readonly ErrorCode NoMaterialsToSupplement = new("task.noMaterialsToSupplement", "{service}不需要材料，不能要求补充材料：请审核通过或驳回", "A {service} has no materials to supplement: approve or reject it");
    public static readonly ErrorCode MaterialsAllowed = new("task.materialsAllowed", "{service}的材料只有：{materials}", "The materials of a {service} are: {materials}");
}
