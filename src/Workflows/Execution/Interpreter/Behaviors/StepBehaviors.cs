using SocialInsurance.Workflows.Execution.Elements.Behaviors;
using SocialInsurance.Workflows.Expressions;

namespace SocialInsurance.Workflows.Execution.Interpreter.Behaviors;

/// <summary>
/// The behaviours of one step, as its handlers see them (Zeebe's BpmnBehaviors). Each wraps the step privately, so a
/// handler holding one cannot reach the session, the instance row or the step itself; built once per step.
/// </summary>
internal sealed class StepBehaviors(StepContext step)
{
    public IInstanceFacts Instance { get; } = new InstanceFacts(step);
    public IExpressionEvaluator Expressions { get; } = step.Expressions;
    public ITokenBehavior Tokens { get; } = new TokenBehavior(step);
    public IVariableBehavior Variables { get; } = new VariableBehavior(step);
    public IBookmarkBehavior Bookmarks { get; } = new BookmarkBehavior(step);
    public IJournalBehavior Journal { get; } = new JournalBehavior(step);
    public IThrowBehavior Throws { get; } = new ThrowBehavior(step);
    public IUserTaskBehavior Tasks { get; } = new UserTaskBehavior(step);
    public IActivityBehavior Activities { get; } = new ActivityBehavior(step);
    public ICallBehavior Calls { get; } = new CallBehavior(step);
}
