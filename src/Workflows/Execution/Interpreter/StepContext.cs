using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Elements;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Execution.Interpreter.Behaviors;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Expressions;
using SocialInsurance.Workflows.Model;

namespace SocialInsurance.Workflows.Execution.Interpreter;

/// <summary>
/// One step of one instance: everything between loading it and committing it. Work is an agenda (a queue) rather than
/// recursion, so a loop in the model cannot overflow the stack and the order of the journal is deterministic.
/// </summary>
internal sealed partial class StepContext
{
    private readonly Queue<Func<Task>> _agenda = new();
    private readonly ElementHandlerRegistry _handlers;
    private List<Bookmark>? _bookmarks;
    private StepBehaviors? _behaviors;

    internal StepContext(
        IWorkflowSession session,
        ProcessInstance instance,
        ProcessModel model,
        StepServices services,
        Actor actor,
        FailureMode failureMode,
        List<Bookmark>? jobsToSchedule = null)
    {
        JobsToSchedule = jobsToSchedule ?? [];
        Session = session;
        Instance = instance;
        Model = model;
        Services = services;
        _handlers = services.Handlers;
        Actor = actor;
        FailureMode = failureMode;
        Now = services.Time.GetUtcNow();
        BeginConditions();
    }

    public IWorkflowSession Session { get; }
    public ProcessInstance Instance { get; }
    public ProcessModel Model { get; }
    public StepServices Services { get; }
    public Actor Actor { get; }
    public DateTimeOffset Now { get; }
    public IExpressionEvaluator Expressions => Services.Expressions;
    public JsonObject Variables => Instance.Variables;

    /// <summary>Inside a background job a failure rolls the whole step back so the job can be retried; elsewhere it becomes an incident.</summary>
    public FailureMode FailureMode { get; }

    /// <summary>Timers and continuations to hand to the job scheduler once the step has committed (never before: a job must not see uncommitted state).</summary>
    /// <remarks>Shared by every step of one transaction: a child or parent instance run alongside schedules through the same list.</remarks>
    public List<Bookmark> JobsToSchedule { get; }

    public IElementHandler HandlerFor(FlowNode node) => _handlers.For(node);

    /// <summary>What a handler of this step gets for a token on an element: the behaviours, never the step itself.</summary>
    internal ElementContext ContextFor(Token token, FlowNode node, JsonObject? trigger = null) =>
        new(_behaviors ??= new StepBehaviors(this), token, node, trigger);

    /// <summary>Activations so far in this step, counted by the loop guard of the activation pipeline.</summary>
    internal int Activations { get; set; }

    internal void Enqueue(Func<Task> work) => _agenda.Enqueue(work);

    /// <summary>
    /// Runs the agenda until every token has reached a wait state or ended, and again after each round of
    /// conditional events that the variables changed meanwhile made true.
    /// </summary>
    internal async Task RunAsync()
    {
        if (IsRunning)
        {
            return; // already draining further up the call stack: what was queued runs there
        }

        IsRunning = true;
        try
        {
            await DrainAsync();
        }
        finally
        {
            IsRunning = false;
        }
    }

    /// <summary>Whether the agenda is being run, so a linked step does not run it again from inside a handler.</summary>
    public bool IsRunning { get; private set; }

    private async Task DrainAsync()
    {
        do
        {
            // An instance ended from outside while it ran (its caller caught its error and cancelled it) does nothing more.
            while (Instance.Status == InstanceStatus.Active && _agenda.TryDequeue(out var work))
            {
                await work();
            }
        }
        while (await TriggerConditionsAsync());
    }

    private async Task<List<Bookmark>> LoadBookmarksAsync()
    {
        _bookmarks ??= Instance.Id == Guid.Empty
            ? []
            : [.. await Session.BookmarksOfAsync(Instance.Id, CancellationToken.None)];
        return _bookmarks;
    }

    internal void MarkBookmarksLoaded(IEnumerable<Bookmark> bookmarks) => _bookmarks ??= [.. bookmarks];
}
