using Mediator;
using SocialInsurance.Workflows.Deployment;
using SocialInsurance.Workflows.Execution.Incidents;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>Open incidents by default; <c>?all=true</c> includes resolved ones.</summary>
public static class ListIncidents
{
    /// <param name="Message">The engine's English text, for operators and logs; clients write the incident from <see cref="Code"/> and <see cref="Args"/>.</param>
    /// <param name="Code">The kind of failure (the <c>IncidentCode</c> schema lists each with its texts); null on incidents recorded before codes existed, which have only <see cref="Message"/>.</param>
    /// <param name="Args">The code's arguments by name; <c>detail</c>, when present, is the script's or job's own error text, shown untranslated after the sentence.</param>
    public sealed record IncidentItem(
        Guid Id, Guid InstanceId, string ProcessKey, string ElementId, string ElementType, string Message, string? Code, IReadOnlyDictionary<string, string>? Args,
        DateTimeOffset CreatedAt, DateTimeOffset? ResolvedAt, string? ResolvedBy)
    {
        /// <summary>The element's name in the instance's version of the diagram (<see cref="ElementNames"/>); null when unnamed.</summary>
        public string? ElementName { get; init; }
    }

    public sealed record Query(bool All) : IQuery<IReadOnlyList<IncidentItem>>;

    public sealed class Handler(IWorkflowQueries queries, ModelCache models) : IQueryHandler<Query, IReadOnlyList<IncidentItem>>
    {
        public async ValueTask<IReadOnlyList<IncidentItem>> Handle(Query query, CancellationToken cancellationToken)
        {
            var incidents = await queries.IncidentsAsync(openOnly: !query.All, ct: cancellationToken);
            var names = new ElementNames(queries, models);
            var items = new List<IncidentItem>(incidents.Count);
            foreach (var incident in incidents)
            {
                items.Add(ToItem(incident) with { ElementName = await names.OfAsync(incident.InstanceId, incident.ElementId, cancellationToken) });
            }

            return items;
        }
    }

    public static IncidentItem ToItem(Incident i) =>
        new(i.Id, i.InstanceId, i.ProcessKey, i.ElementId, i.ElementType, i.Message, i.Code, i.Args, i.CreatedAt, i.ResolvedAt, i.ResolvedBy);

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/incidents", (bool? all, IMediator mediator, CancellationToken ct) => mediator.Send(new Query(all == true), ct))
            .WithName("ListIncidents")
            .WithSummary("Incidents waiting for an administrator.");
}
