using SocialInsurance.Workflows.Execution.Elements.Behaviors;
using SocialInsurance.Workflows.Model;

namespace SocialInsurance.Workflows.Execution.Interpreter.Behaviors;

internal sealed class InstanceFacts(StepContext step) : IInstanceFacts
{
    public Guid Id => step.Instance.Id;
    public string DefinitionId => step.Instance.DefinitionId;
    public int ProcessVersion => step.Instance.ProcessVersion;
    public string? BusinessKey => step.Instance.BusinessKey;
    public ProcessModel Model => step.Model;
    public Actor Actor => step.Actor;
    public DateTimeOffset Now => step.Now;
}
