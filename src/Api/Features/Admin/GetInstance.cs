using System.Text.Json.Nodes;
using Mediator;
using SocialInsurance.Api.Features.Tasks;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>Everything an administrator needs to see where an instance stands: tokens, variables, incidents, journal.</summary>
public static class GetInstance
{
    /// <param name="MultiInstanceBody">The body of a multi-instance activity: it waits for its inner tokens, which stand on the same element.</param>
    public sealed record TokenItem(int Id, string ElementId, string Status, bool MultiInstanceBody = false);

    /// <summary>A child instance a call activity of this instance started (its journal records each start).</summary>
    public sealed record CalledInstanceItem(string ElementId, Guid InstanceId);

    public sealed record InstanceDetail(
        ListInstances.InstanceSummary Instance,
        IReadOnlyList<string> ActiveElementIds,
        IReadOnlyList<TokenItem> Tokens,
        JsonObject Variables,
        IReadOnlyList<ListIncidents.IncidentItem> Incidents,
        IReadOnlyList<GetTask.JournalItem> Journal,
        Guid? ParentInstanceId,
        IReadOnlyList<CalledInstanceItem> CalledInstances);

    public sealed record Query(Guid Id) : IQuery<InstanceDetail?>;

    public sealed class Handler(IWorkflowQueries queries) : IQueryHandler<Query, InstanceDetail?>
    {
        public async ValueTask<InstanceDetail?> Handle(Query query, CancellationToken cancellationToken)
        {
            var instance = await queries.InstanceAsync(query.Id, cancellationToken);
            if (instance is null)
            {
                return null;
            }

            var incidents = await queries.IncidentsAsync(openOnly: false, query.Id, cancellationToken);
            var journal = await queries.JournalAsync(query.Id, cancellationToken);
            return new InstanceDetail(
                ListInstances.ToSummary(instance),
                [.. instance.Tokens.Select(t => t.ElementId).Distinct(StringComparer.Ordinal)],
                [.. instance.Tokens.Select(t => new TokenItem(t.Id, t.ElementId, t.Status.ToString(),
                    instance.Tokens.Exists(inner => inner.ParentId == t.Id && inner.LoopCounter is not null)))],
                instance.Variables,
                [.. incidents.Select(ListIncidents.ToItem)],
                [.. journal.Select(GetTask.ToItem)],
                instance.ParentInstanceId,
                [.. journal.Where(e => e.Event == JournalEvents.CalledInstanceStarted && e.Data is not null)
                    .Select(e => new CalledInstanceItem(e.ElementId, Guid.Parse((string)JsonNode.Parse(e.Data!)!["instanceId"]!)))]);
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/instances/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                await mediator.Send(new Query(id), ct) is { } detail
                    ? (IResult)TypedResults.Ok(detail)
                    : ApiProblems.NotFound(ErrorCodes.InstanceNotFound.With(new { instanceId = id })))
            .WithName("GetInstance")
            .WithSummary("An instance's state, active elements, variables, incidents and journal.")
            .Produces<InstanceDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
