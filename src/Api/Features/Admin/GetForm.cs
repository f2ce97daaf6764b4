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

    public sealed record Query(string Key, int? Version) : IQuery<Result<FormView>>;

    public sealed class Handler(FormStore forms) : IQueryHandler<Query, Result<FormView>>
    {
        public async ValueTask<Result<FormView>> Handle(Query query, CancellationToken cancellationToken) =>
            await forms.FindAsync(query.Key, query.Version, cancellationToken) is { } form
                ? FormView.From(form)
                : Result<FormView>.NotFound(query.Version is { } version
                    ? ErrorCodes.FormVersionNotFound.With(new { key = query.Key, version })
                    : ErrorCodes.FormNotDeployed.With(new { key = query.Key }));
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/forms/{key}", async (string key, int? version, IMediator mediator, CancellationToken ct) =>
                ApiProblems.From(await mediator.Send(new Query(key, version), ct), form => TypedResults.Ok(form)))
            .WithName("GetForm")
            .WithSummary("A form's schema (latest, or ?version=).")
            .Produces<FormView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
