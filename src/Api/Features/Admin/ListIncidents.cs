using Mediator;
using SocialInsurance.Workflows.Execution.Incidents;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>Open incidents by default; <c>?all=true</c> includes resolved ones.</summary>
public static class ListIncidents
{
    public sealed record IncidentItem(Guid Id, Guid InstanceId, string ProcessKey, string ElementId, string ElementType, string Message, DateTimeOffset CreatedAt, DateTimeOffset? ResolvedAt, string? ResolvedBy);

    public sealed record Query(bool All) : IQuery<IReadOnlyList<IncidentItem>>;

    public sealed class Handler(IWorkflowQueries queries) : IQueryHandler<Query, IReadOnlyList<IncidentItem>>
    {
        public async ValueTask<IReadOnlyList<IncidentItem>> Handle(Query query, CancellationToken cancellationToken) =>
            [.. (await queries.IncidentsAsync(openOnly: !query.All, ct: cancellationToken)).Select(ToItem)];
    }

    public static IncidentItem ToItem(Incident i) =>
        new(i.Id, i.InstanceId, i.ProcessKey, i.ElementId, i.ElementType, i.Message, i.CreatedAt, i.ResolvedAt, i.ResolvedBy);

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/incidents", (bool? all, IMediator mediator, CancellationToken ct) => mediator.Send(new Query(all == true), ct))
            .WithName("ListIncidents")
            .WithSummary("Incidents waiting for an administrator.");
}
