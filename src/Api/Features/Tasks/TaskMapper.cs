using Riok.Mapperly.Abstractions;
using SocialInsurance.Workflows.Execution.UserTasks;

namespace SocialInsurance.Api.Features.Tasks;

[Mapper(EnumMappingStrategy = EnumMappingStrategy.ByName)]
public static partial class TaskMapper
{
    [MapperIgnoreSource(nameof(UserTaskInstance.TokenId))]
    [MapperIgnoreSource(nameof(UserTaskInstance.Candidates))]
    [MapperIgnoreSource(nameof(UserTaskInstance.ConcurrencyStamp))]
    [MapperIgnoreTarget(nameof(TaskSummary.Case))]
    [MapperIgnoreTarget(nameof(TaskSummary.Outcome))]
    [MapperIgnoreTarget(nameof(TaskSummary.ProcessName))]
    public static partial TaskSummary ToSummary(this UserTaskInstance task);
}
