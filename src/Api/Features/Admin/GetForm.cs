using System.Text.Json.Nodes;
using Mediator;
using SocialInsurance.Api.Infrastructure.Forms;
using SocialInsurance.Api.Infrastructure.Problems;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>A form's schema: the latest version, or the one <c>?version=</c> names (the form editor opens it).</summary>
public static class GetForm
{
    public sealed record FormView(string Key, int Version, JsonNode Schema)
    {
        public static FormView From(FormDefinition form) => new(form.Key, form.Version, JsonNode.Parse(form.SchemaJson)!);
    }

    public sealed record Query(string Key, int? Version) : IQuery<FormView?>;

    public sealed class Handler(FormStore forms) : IQueryHandler<Query, FormView?>
    {
        public async ValueTask<FormView?> Handle(Query query, CancellationToken cancellationToken) =>
            await forms.FindAsync(query.Key, query.Version, cancellationToken) is { } form ? FormView.From(form) : null;
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/forms/{key}", async (string key, int? version, IMediator mediator, CancellationToken ct) =>
                await mediator.Send(new Query(key, version), ct) is { } form
                    ? (IResult)TypedResults.Ok(form)
                    : ApiProblems.NotFound(version is null ? ErrorCodes.FormNotDeployed.With(new { key }) : ErrorCodes.FormVersionNotFound.With(new { key, version })))
            .WithName("GetForm")
            .WithSummary("A form's schema (latest, or ?version=).")
            .Produces<FormView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
