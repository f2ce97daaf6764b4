using System.Text.Json.Nodes;
using Mediator;
using SocialInsurance.Workflows.Activities;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>Camunda 7 element templates for every registered activity: the modeler's palette of domain service tasks.</summary>
public static class GetElementTemplates
{
    public sealed record Query : IQuery<JsonArray>;

    public sealed class Handler(ActivityRegistry activities) : IQueryHandler<Query, JsonArray>
    {
        public ValueTask<JsonArray> Handle(Query query, CancellationToken cancellationToken) =>
            ValueTask.FromResult(ElementTemplateGenerator.Generate(activities.Descriptors));
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/element-templates", (IMediator mediator, CancellationToken ct) => mediator.Send(new Query(), ct))
            .WithName("GetElementTemplates")
            .WithSummary("Camunda 7 element templates generated from the activity registry.");
}
