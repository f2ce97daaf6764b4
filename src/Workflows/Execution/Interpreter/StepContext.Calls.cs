using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Deployment;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Model.Events;

namespace SocialInsurance.Workflows.Execution.Interpreter;

/// <summary>
/// Call activities link instances: a step may run the step of a child it starts, or of the parent its end continues,
/// in the same transaction. Each instance keeps its own step (its journal, its tokens); the steps know each other so
/// that an instance is never loaded twice in one transaction and a step already running is not started again.
/// </summary>
internal sealed partial class StepContext
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

    /// <summary>
    /// Starts a child instance for a call activity's token, which waits for it, and runs the child to its first wait
    /// state in this transaction. Returns the child's variables when it has completed already, else null.
    /// </summary>
    internal async Task<JsonObject?> StartCalledInstanceAsync(
        Token token, FlowNode node, ProcessDefinition definition, ProcessModel model, StartEvent start, string? businessKey, JsonObject variables)
    {
        var child = new ProcessInstance
        {
            Id = Guid.CreateVersion7(),
            DefinitionId = definition.Id,
            ProcessKey = definition.Key,
            ProcessVersion = definition.Version,
            BusinessKey = businessKey,
            Variables = variables,
            StartedAt = Now,
            StartedBy = Actor.Id,
            ParentInstanceId = Instance.Id,
            ParentTokenId = token.Id,
        };
        var waiting = Update(token, TokenStatus.Waiting) with { CalledInstanceId = child.Id };
        Instance.Tokens[Instance.Tokens.FindIndex(t => t.Id == waiting.Id)] = waiting;
        Journal(node, JournalEvents.CalledInstanceStarted, waiting, new JsonObject { ["instanceId"] = child.Id.ToString() });
        Session.Add(child);

        var childStep = StepFor(child, model, loadedBookmarks: []);
        Link(childStep);
        childStep.RunByCaller = true;
        childStep.JournalProcess(JournalEvents.Activated);
        childStep.Arrive(childStep.NewToken(start.Id, parentId: null), start, []);
        await childStep.RunAsync();
        childStep.RunByCaller = false;
        childStep.Seal();
        return child.Status == InstanceStatus.Completed ? child.Variables : null;
    }
}
