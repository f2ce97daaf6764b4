using SocialInsurance.Workflows.Execution.Incidents;
using SocialInsurance.Workflows.Model;

namespace SocialInsurance.Workflows.Execution.Interpreter;

/// <summary>
/// Incidents show on every level, as Camunda 7's cause incidents do: an administrator who looks at the parent (the
/// case's own instance) sees that its call activity is stuck and why, without knowing the child exists. The parent's
/// incident only mirrors the child's: the token keeps waiting (retrying it would start a second child), and it is
/// resolved when the child has no open incident left (its own incident retried) or the call activity ends.
/// </summary>
internal sealed partial class CalledInstances
{
    public async Task ChildFailedAsync(StepContext child, FlowNode failed, string message)
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

        var node = parent.Model.Node(token.ElementId);
        var mirrored = IncidentCodes.CalledInstanceFailed.Cause(
            $"Called instance {child.Instance.Id} ({child.Instance.ProcessKey}) has an incident at '{failed.Id}': {message}",
            child.Instance.Id.ToString(), child.Instance.ProcessKey, failed.Id, failed.Name);
        parent.RaiseIncident(token, node, mirrored);
        await ChildFailedAsync(parent, node, mirrored.Message);
        await FinishAsync(parent);
    }

    /// <summary>The child's last open incident was resolved: so is the mirror on its call activity (and above).</summary>
    public async Task ChildRecoveredAsync(StepContext child)
    {
        if (!child.IsCalled || child.Instance.OpenIncidents > 0)
        {
            return;
        }

        var parent = await CallerAsync(child);
        if (parent?.FindToken(child.Instance.ParentTokenId!.Value) is not { } token)
        {
            return;
        }

        await parent.ResolveIncidentsOfAsync(token.Id);
        await FinishAsync(parent);
    }
}
