using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Incidents;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Model;

namespace SocialInsurance.Workflows.Execution.Interpreter;

internal sealed partial class StepContext
{
    /// <summary>Holds the token on its element with an incident; its wait states are removed so nothing fires meanwhile.</summary>
    public async Task FailAsync(Token token, FlowNode node, Exception error)
    {
        var cause = IncidentCauses.Of(node, error);
        await RemoveBookmarksOfAsync(token.Id);
        Update(token, TokenStatus.Failed);
        RaiseIncident(token, node, cause);
        await _handlers.Calls.ChildFailedAsync(this, node, cause.Message);
    }

    /// <summary>Records an open incident on the token and its element, counted on the instance and journalled.</summary>
    internal void RaiseIncident(Token token, FlowNode node, IncidentCause cause)
    {
        var message = IncidentCause.Clamp(cause.Message, IncidentCause.MaxMessageLength);
        Session.Add(new Incident
        {
            Id = Guid.CreateVersion7(),
            InstanceId = Instance.Id,
            TokenId = token.Id,
            ProcessKey = Model.Key,
            ElementId = node.Id,
            ElementType = node.ElementType,
            Message = message,
            Code = cause.Code,
            Args = cause.Args,
            CreatedAt = Now,
        });
        Instance.OpenIncidents++;
        // The code and arguments too, so a journal reader writes the entry in its users' language as the incident view does.
        var args = new JsonObject();
        foreach (var (name, value) in cause.Args)
        {
            args[name] = value;
        }

        Journal(node, JournalEvents.IncidentCreated, token, new JsonObject { ["message"] = message, ["code"] = cause.Code, ["args"] = args });
    }

    public async Task ResolveIncidentsOfAsync(int tokenId)
    {
        var resolved = false;
        foreach (var incident in await Session.OpenIncidentsOfAsync(Instance.Id, CancellationToken.None))
        {
            if (incident.TokenId == tokenId && incident.ResolvedAt is null)
            {
                incident.ResolvedAt = Now;
                incident.ResolvedBy = Actor.Id;
                Session.Touch(incident);
                Instance.OpenIncidents = Math.Max(0, Instance.OpenIncidents - 1);
                resolved = true;
            }
        }

        if (resolved)
        {
            await _handlers.Calls.ChildRecoveredAsync(this);
        }
    }

    /// <summary>Conflicts and cancellations are not the element's fault: they abort the step instead of becoming incidents.</summary>
    internal static bool IsRecoverable(Exception error) =>
        error is not (ConcurrencyConflictException or OperationCanceledException or OutOfMemoryException or StackOverflowException);
}
