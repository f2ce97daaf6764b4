using System.Text.Json.Nodes;
using Mediator;
using SocialInsurance.Api.Features.Tasks;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Deployment;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>Everything an administrator needs to see where an instance stands: tokens, variables, incidents, journal.</summary>
public static class GetInstance
{
    /// <param name="MultiInstanceBody">The body of a multi-instance activity: it waits for its inner tokens, which stand on the same element.</param>
    /// <param name="ElementName">The element's name in the instance's version of the diagram; null when unnamed.</param>
    public sealed record TokenItem(int Id, string ElementId, string Status, bool MultiInstanceBody = false, string? ElementName = null);

    /// <summary>A child instance a call activity of this instance started (its journal records each start).</summary>
    public sealed record CalledInstanceItem(string ElementId, Guid InstanceId, string? ElementName = null);

    public sealed record InstanceDetail(
        ListInstances.InstanceSummary Instance,
        IReadOnlyList<string> ActiveElementIds,
        IReadOnlyList<TokenItem> Tokens,
        JsonObject Variables,
        IReadOnlyList<ListIncidents.IncidentItem> Incidents,
        IReadOnlyList<GetTask.JournalItem> Journal,
        Guid? ParentInstanceId,
        IReadOnlyList<CalledInstanceItem> CalledInstances);

    public sealed record Query(Guid Id) : IQuery<Result<InstanceDetail>>;

    public sealed class Handler(IWorkflowQueries queries, ModelCache models) : IQueryHandler<Query, Result<InstanceDetail>>
    {
        public async ValueTask<Result<InstanceDetail>> Handle(Query query, CancellationToken cancellationToken)
        {
            var instance = await queries.InstanceAsync(query.Id, cancellationToken);
            if (instance is null)
            {
                return Result<InstanceDetail>.NotFound(ErrorCodes.InstanceNotFound.With(new { instanceId = query.Id }));
            }

            var incidents = await queries.IncidentsAsync(openOnly: false, query.Id, cancellationToken);
            var journal = await queries.JournalAsync(query.Id, cancellationToken);
            var model = await models.GetAsync(instance.DefinitionId, cancellationToken);
            string? NameOf(string elementId) => ElementNames.Of(model, elementId);
            return new InstanceDetail(
                ListInstances.ToSummary(instance),
                [.. instance.Tokens.Select(t => t.ElementId).Distinct(StringComparer.Ordinal)],
                [.. instance.Tokens.Select(t => new TokenItem(t.Id, t.ElementId, t.Status.ToString(),
                    instance.Tokens.Exists(inner => inner.ParentId == t.Id && inner.LoopCounter is not null), NameOf(t.ElementId)))],
                instance.Variables,
                [.. incidents.Select(i => ListIncidents.ToItem(i) with { ElementName = NameOf(i.ElementId) })],
                [.. journal.Select(e => GetTask.Named(GetTask.ToItem(e), model))],
                instance.ParentInstanceId,
                [.. journal.Where(e => e.Event == JournalEvents.CalledInstanceStarted && e.Data is not null)
                    .Select(e => new CalledInstanceItem(e.ElementId, Guid.Parse((string)JsonNode.Parse(e.Data!)!["instanceId"]!), NameOf(e.ElementId)))]);
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/instances/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                ApiProblems.From(await mediator.Send(new Query(id), ct), detail => TypedResults.Ok(detail)))
            .WithName("GetInstance")
            .WithSummary("An instance's state, active elements, variables, incidents and journal.")
            .Produces<InstanceDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
