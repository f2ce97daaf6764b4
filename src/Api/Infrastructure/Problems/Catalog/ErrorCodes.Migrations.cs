namespace SocialInsurance.Api.Infrastructure.Problems;

/// <summary>Running-instance migration (流程实例迁移): the plan, each instance, and the batch routes.</summary>
public static partial class ErrorCodes
{
    public static readonly ErrorCode MigrationVersionRequired = new("migration.versionRequired", "版本号须从 1 开始", "Versions start at 1.");
    public static readonly ErrorCode MigrationSameVersion = new("migration.sameVersion", "源版本与目标版本相同（第 {version} 版），无需迁移", "The source and target are both version {version}: there is nothing to migrate.");
    public static readonly ErrorCode MigrationMappingIncomplete = new("migration.mappingIncomplete", "映射的每一行都须有源元素和目标元素", "Every mapping line needs a source and a target element.");
    public static readonly ErrorCode MigrationPlanInvalidTitle = new("migration.planInvalidTitle", "迁移方案无效", "Invalid migration plan");
    public static readonly ErrorCode MigrationPlanInvalid = new("migration.planInvalid", "迁移方案有 {count} 处问题，未迁移任何实例", "The migration plan has {count} problem(s); no instance was migrated.");
    public static readonly ErrorCode MigrationNotFound = new("migration.notFound", "迁移批次 {id} 不存在", "Migration batch {id} does not exist.");

    public static readonly ErrorCode MigrationSourceUnknown = new("migration.sourceUnknown", "源版本中没有元素“{element}”", "The source version has no element '{element}'.");
    public static readonly ErrorCode MigrationTargetUnknown = new("migration.targetUnknown", "目标版本中没有元素“{element}”", "The target version has no element '{element}'.");
    public static readonly ErrorCode MigrationDuplicateSource = new("migration.duplicateSource", "元素“{element}”被映射了不止一次", "Element '{element}' is mapped more than once.");
    public static readonly ErrorCode MigrationKindMismatch = new("migration.kindMismatch", "“{element}”（{sourceKind}）不能映射到类型不同的“{target}”（{targetKind}）", "'{element}' ({sourceKind}) cannot map to '{target}', which is {targetKind}.");
    public static readonly ErrorCode MigrationUnmappedWaitState = new("migration.unmappedWaitState", "实例可能停留在“{element}”，但它在第 {version} 版中没有对应元素", "Instances can wait at '{element}', but it maps to nothing in version {version}.");
    public static readonly ErrorCode MigrationMultiInstanceChanged = new("migration.multiInstanceChanged", "“{element}”与“{target}”的多实例方式不同（单实例、并行或串行）", "'{element}' and '{target}' differ in multi-instance shape (single, parallel or sequential).");
    public static readonly ErrorCode MigrationScopeChanged = new("migration.scopeChanged", "“{target}”所在的子流程与“{element}”的不对应", "'{target}' sits in another sub-process than the counterpart of the one '{element}' sits in.");
    public static readonly ErrorCode MigrationNoCounterpart = new("migration.noCounterpart", "实例停留在“{element}”，它在第 {version} 版中没有对应元素", "The instance waits at '{element}', which has no counterpart in version {version}.");
    public static readonly ErrorCode MigrationEventRenamed = new("migration.eventRenamed", "“{element}”等待的消息或信号由“{from}”改为“{to}”，实例无法迁移", "'{element}' now waits for '{to}' instead of '{from}'; the instance cannot move.");
    public static readonly ErrorCode MigrationJoinFlowMissing = new("migration.joinFlowMissing", "汇聚网关“{element}”在新版本中没有令牌到达所经的连线 {flow}", "The join '{element}' has no counterpart of the flow '{flow}' a token waits on.");
    public static readonly ErrorCode MigrationInstanceNotFound = new("migration.instanceNotFound", "流程实例 {instanceId} 不存在", "Instance {instanceId} does not exist.");
    public static readonly ErrorCode MigrationInstanceEnded = new("migration.instanceEnded", "实例已结束（{status}），无需迁移", "The instance has ended ({status}); there is nothing to migrate.");
    public static readonly ErrorCode MigrationAlreadyOnTarget = new("migration.alreadyOnTarget", "实例已在第 {version} 版上", "The instance already runs version {version}.");
    public static readonly ErrorCode MigrationOtherVersion = new("migration.otherVersion", "实例运行的是第 {actual} 版，不是第 {expected} 版", "The instance runs version {actual}, not version {expected}.");
    public static readonly ErrorCode MigrationChangedConcurrently = new("migration.changedConcurrently", "实例 {instanceId} 在迁移时被其他操作修改，请重新运行该批次", "Instance {instanceId} changed while it migrated; run the batch again.");
}
