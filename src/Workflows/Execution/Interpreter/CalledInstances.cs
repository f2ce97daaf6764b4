using SocialInsurance.Workflows.Deployment;
using SocialInsurance.Workflows.Execution.Elements.Tasks;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Model.Tasks;

namespace SocialInsurance.Workflows.Execution.Interpreter;

/// <summary>
/// What crosses the line between a child instance and its call activity, in the transaction of whichever side moved:
/// the child's completion continues the parent, the child's uncaught BPMN error is thrown again from the call
/// activity (and so on up, however many levels), and ending the call activity ends the child and its own children.
/// The interpreter's side of call activities: it links steps of several instances, which no handler may see.
/// </summary>
internal sealed partial class CalledInstances(ModelCache models)
{
    /// <summary>A called instance has completed: its call activity leaves, with the child's variables mapped back.</summary>
    public async Task ChildCompletedAsync(StepContext child)
    {
        if (!child.IsCalled || child.RunByCaller)
        {
            return; // a call activity running its child to the first wait state looks at the outcome itself
        }

        var parent = await CallerAsync(child);
        if (parent?.FindToken(child.Instance.ParentTokenId!.Value) is not { } token)
        {
            return;
        }

        // The call activity maps the child's variables back and moves on, as when the child ended at once.
        var node = (CallActivity)parent.Model.Node(token.ElementId);
        await CallActivityHandler.ChildCompletedAsync(parent.ContextFor(token, node), child.Instance.Variables);
        await FinishAsync(parent);
    }

    /// <summary>
    /// A BPMN error nobody in the child caught: thrown again from the call activity. Returns whether some ancestor
    /// caught it (the catching activity ended, and the child with it); when none does, the thrower's incident stays
    /// in the child, where the administrator can act on it.
    /// </summary>
    public async Task<bool> ThrowToCallerAsync(StepContext child, string code, string? message)
    {
        if (!child.IsCalled)
        {
            return false;
        }

        var parent = await CallerAsync(child);
        if (parent?.FindToken(child.Instance.ParentTokenId!.Value) is not { } token)
        {
            return false;
        }

        var caught = await parent.ThrowErrorAsync(token, parent.Model.Node(token.ElementId), code, message)
                     || await ThrowToCallerAsync(parent, code, message);
        await FinishAsync(parent);
        return caught;
    }

    /// <summary>
    /// An escalation nobody in the child caught: thrown again from the call activity (its boundary events, then the
    /// scopes around it), and on up to the caller's caller. Uncaught at the top it is ignored, as any escalation.
    /// </summary>
    public async Task EscalateToCallerAsync(StepContext child, string code)
    {
        if (!child.IsCalled)
        {
            return;
        }

        var parent = await CallerAsync(child);
        if (parent?.FindToken(child.Instance.ParentTokenId!.Value) is not { } token)
        {
            return;
        }

        if (!await parent.EscalateFromCalledInstanceAsync(token, code))
        {
            await EscalateToCallerAsync(parent, code);
        }

        await FinishAsync(parent);
    }

    /// <summary>The call activity's token ends without its child completing: the child (and its children) end too.</summary>
    public async Task CancelChildAsync(StepContext step, Token token)
    {
        if (token.CalledInstanceId is not { } childId)
        {
            return;
        }

        var child = step.CalleeStep(childId);
        if (child is null)
        {
            var instance = await step.Session.FindInstanceAsync(childId, CancellationToken.None);
            var model = instance is null ? null : await models.GetAsync(instance.DefinitionId, CancellationToken.None);
            if (instance is null || model is null)
            {
                return;
            }

            child = step.StepFor(instance, model);
            step.Link(child);
        }

        if (child.Instance.Status != InstanceStatus.Active)
        {
            return;
        }

        foreach (var root in child.Instance.Tokens.Where(t => t.ParentId is null).ToArray())
        {
            await child.TerminateAsync(root);
        }

        child.CompleteInstance(InstanceStatus.Terminated, JournalEvents.Terminated);
        child.Seal();
    }

    /// <summary>The parent's step in this transaction: the one already running, or the parent loaded now.</summary>
    private async Task<StepContext?> CallerAsync(StepContext child)
    {
        if (child.Caller is { } running)
        {
            return running;
        }

        var instance = await child.Session.FindInstanceAsync(child.Instance.ParentInstanceId!.Value, CancellationToken.None);
        if (instance is not { Status: InstanceStatus.Active })
        {
            return null;
        }

        var model = await models.GetAsync(instance.DefinitionId, CancellationToken.None);
        if (model is null)
        {
            return null;
        }

        var parent = child.StepFor(instance, model);
        parent.Link(child);
        return parent;
    }

    /// <summary>
    /// The parent runs to its next wait state here and is written with the child, unless it is busy already: draining
    /// its agenda, or in the middle of the call activity that runs this child (that handler looks at the outcome).
    /// </summary>
    private static async Task FinishAsync(StepContext parent)
    {
        if (!parent.IsRunningCallee)
        {
            await parent.RunAsync();
        }

        parent.Seal();
    }
}
