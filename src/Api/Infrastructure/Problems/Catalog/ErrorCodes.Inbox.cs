namespace SocialInsurance.Api.Infrastructure.Problems;

/// <summary>The inbox's daily work: search, saved filters, bulk claim, hand-over, follow-up and comments.</summary>
public static partial class ErrorCodes
{
    public static readonly ErrorCode SortInvalid = new("inbox.sortInvalid", "排序列须为 due、created、name、process、assignee、ended、followUp、priority、region、case 或 applicant", "Sort must be due, created, name, process, assignee, ended, followUp, priority, region, case or applicant");
    public static readonly ErrorCode OrderInvalid = new("inbox.orderInvalid", "排序方向须为 asc 或 desc", "Order must be asc or desc");
    public static readonly ErrorCode SearchTextTooLong = new("search.textTooLong", "搜索内容不能超过 {max} 个字符", "The search text must be at most {max} characters");
    public static readonly ErrorCode CommentTextRequired = new("comment.textRequired", "请填写评论", "Write a comment");
    public static readonly ErrorCode CommentTextTooLong = new("comment.textTooLong", "评论不能超过 {max} 字", "The comment must be at most {max} characters");
    public static readonly ErrorCode SavedFilterNotFound = new("savedFilter.notFound", "未找到保存的筛选 {id}", "Saved filter {id} was not found.");
    public static readonly ErrorCode SavedFilterNameRequired = new("savedFilter.nameRequired", "请填写名称", "Enter a name");
    public static readonly ErrorCode SavedFilterNameTooLong = new("savedFilter.nameTooLong", "名称不能超过 {max} 个字符", "The name must be at most {max} characters");
    public static readonly ErrorCode SavedFilterQueryRequired = new("savedFilter.queryRequired", "缺少筛选条件", "The filter is missing");
    public static readonly ErrorCode SavedFilterQueryInvalid = new("savedFilter.queryInvalid", "筛选条件无效", "The filter is not valid");
    public static readonly ErrorCode SavedFilterHoldsIdNumber = new("savedFilter.holdsIdNumber", "筛选条件中不能含有身份证号", "A saved filter must not contain an ID number");
    public static readonly ErrorCode ClaimSelectionInvalid = new("inbox.claimSelectionInvalid", "请选择 1 至 {max} 个任务", "Select 1 to {max} tasks");
    public static readonly ErrorCode ColleagueRequired = new("handOver.colleagueRequired", "请选择同事", "Choose a colleague");
    public static readonly ErrorCode UserNameTooLong = new("handOver.userNameTooLong", "用户名不能超过 256 个字符", "The user name must be at most 256 characters");
    public static readonly ErrorCode ColleagueNotInGroup = new("handOver.colleagueNotInGroup", "此人不是本任务所属组的审核人员", "This person is not a reviewer of the task's group");
    public static readonly ErrorCode FollowUpInPast = new("task.followUpInPast", "跟进日期须晚于现在", "The follow-up date must be in the future");
}
