using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Model;

namespace SocialInsurance.Workflows.Execution.Interpreter;

/// <summary>
/// Call activities link instances: a step may run the step of a child it starts, or of the parent its end continues,
/// in the same transaction. Each instance keeps its own step (its journal, its tokens); the steps know each other so
/// that an instance is never loaded twice in one transaction and a step already running is not started again.
/// </summary>
public sealed partial class StepContext
{
    private readonly Dictionary<Guid, StepContext> _callees = [];

    /// <summary>The step of the parent instance in this transaction, once a child has needed it.</summary>
    public StepContext? Caller { get; private set; }

    /// <summary>Set while the parent's call activity runs this child to its first wait state: the activity itself then takes the child's end.</summary>
    public bool RunByCaller { get; internal set; }

    /// <summary>A step over another instance in the same transaction, sharing the actor, failure mode and job list.</summary>
    public StepContext StepFor(ProcessInstance instance, ProcessModel model, IEnumerable<Bookmark>? loadedBookmarks = null)
    {
        var step = new StepContext(Session, instance, model, Services, Actor, FailureMode, JobsToSchedule);
        if (loadedBookmarks is not null)
        {
            step.MarkBookmarksLoaded(loadedBookmarks);
        }

        return step;
    }

    public void Link(StepContext child)
    {
        _callees[child.Instance.Id] = child;
        child.Caller = this;
    }

    public StepContext? CalleeStep(Guid instanceId) => _callees.GetValueOrDefault(instanceId);

    /// <summary>Whether one of this step's call activities is running its child to the first wait state right now.</summary>
    public bool IsRunningCallee => _callees.Values.Any(c => c.RunByCaller);

    /// <summary>Declares the instance row changed; its stamp makes the write fail if another writer got there first.</summary>
    public void Seal()
    {
        Instance.ConcurrencyStamp++;
        Session.Touch(Instance);
    }

    /// <summary>Whether this instance was started by a call activity (and so reports its end and errors there).</summary>
    public bool IsCalled => Instance.ParentInstanceId is not null;
}
