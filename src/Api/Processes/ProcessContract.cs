using SocialInsurance.Domain.Applications;

namespace SocialInsurance.Api.Processes;

/// <summary>
/// What one process model and the code around it agree on: the key it is started by, the topics its service and
/// send tasks call, the messages it waits for, the variables that cross the boundary, the forms its user tasks
/// name, and the BPMN errors and signals it throws or catches. <c>ProcessContractTests</c> reads every
/// <c>workflows-definitions/*.bpmn</c> and fails when a model and its contract disagree.
/// </summary>
public sealed record ProcessContract(
    string Key,
    ApplicationType ApplicationType,
    string File,
    IReadOnlyList<TopicBinding> Topics,
    IReadOnlyList<MessageBinding> Messages,
    IReadOnlyList<ProcessVariable> Variables,
    IReadOnlyList<string> FormKeys,
    IReadOnlyList<string> Elements)
{
    /// <summary>BPMN error codes the model throws or catches; the case processes use none (a failed step is an incident).</summary>
    public IReadOnlyList<string> ErrorCodes { get; init; } = [];

    /// <summary>Signals the model throws or catches; the case processes use none (every message is for one case).</summary>
    public IReadOnlyList<string> Signals { get; init; } = [];
}
