using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Features.Search;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Input;
using SocialInsurance.Api.Infrastructure.Problems;

namespace SocialInsurance.Api.Features.SavedFilters;

/// <summary>
/// The caller's saved inbox filters: list, save (a name already used is replaced: saving again updates it), delete.
/// Each reviewer sees only their own; sharing is by the link the Studio builds from <see cref="SavedFilter.Query"/>.
/// </summary>
public static class SavedFilterEndpoints
{
    public sealed record SavedFilterView(Guid Id, string Name, string Query, DateTimeOffset CreatedAt);

    public sealed record SaveFilterRequest(string? Name, string? Query);

    public static IEndpointRouteBuilder MapSavedFilterEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/me/saved-filters").WithTags("Tasks").RequireAuthorization(Policies.Reviewer);
        group.MapGet("/", async (ClaimsPrincipal user, CasesDbContextFactory cases, CancellationToken ct) =>
            {
                await using var db = cases.Create();
                var name = user.Identity!.Name!;
                var filters = await db.SavedFilters.AsNoTracking().Where(f => f.UserName == name).OrderBy(f => f.Name).ToListAsync(ct);
                return TypedResults.Ok(filters.Select(View).ToList());
            })
            .WithName("ListSavedFilters")
            .WithSummary("The caller's saved inbox filters.")
            .Produces<List<SavedFilterView>>();

        group.MapPost("/", async (SaveFilterRequest body, ClaimsPrincipal user, CasesDbContextFactory cases, TimeProvider time, CancellationToken ct) =>
            {
                var errors = Validate(body);
                if (errors.Any)
                {
                    return (IResult)ApiProblems.Validation(errors);
                }

                await using var db = cases.Create();
                var (owner, name, query) = (user.Identity!.Name!, body.Name!.Trim(), body.Query!.Trim().TrimStart('?'));
                var filter = await db.SavedFilters.FirstOrDefaultAsync(f => f.UserName == owner && f.Name == name, ct);
                if (filter is null)
                {
                    filter = new SavedFilter { Id = Guid.CreateVersion7(), UserName = owner, Name = name, Query = query, CreatedAt = time.GetUtcNow() };
                    db.SavedFilters.Add(filter);
                }
                else
                {
                    filter.Query = query;
                }

                await db.SaveChangesAsync(ct);
                return TypedResults.Ok(View(filter));
            })
            .WithName("SaveFilter")
            .WithSummary("Save the inbox's current filter under a name (the same name replaces it).")
            .Produces<SavedFilterView>()
            .ProducesValidationProblem();

        group.MapDelete("/{id:guid}", async (Guid id, ClaimsPrincipal user, CasesDbContextFactory cases, CancellationToken ct) =>
            {
                await using var db = cases.Create();
                var owner = user.Identity!.Name!;
                var deleted = await db.SavedFilters.Where(f => f.Id == id && f.UserName == owner).ExecuteDeleteAsync(ct);
                return deleted == 0 ? (IResult)ApiProblems.NotFound(ErrorCodes.SavedFilterNotFound.With(new { id })) : TypedResults.NoContent();
            })
            .WithName("DeleteSavedFilter")
            .WithSummary("Delete one of the caller's saved filters.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static SavedFilterView View(SavedFilter f) => new(f.Id, f.Name, f.Query, f.CreatedAt);

    private static FieldErrors Validate(SaveFilterRequest body)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(body.Name))
        {
            errors.Add("name", ErrorCodes.SavedFilterNameRequired);
        }
        else if (TextInput.Check(errors, "name", body.Name, required: true) && body.Name.Trim().Length > SavedFilter.MaxNameLength)
        {
            errors.Add("name", ErrorCodes.SavedFilterNameTooLong, new { max = SavedFilter.MaxNameLength });
        }

        if (body.Query is null)
        {
            errors.Add("query", ErrorCodes.SavedFilterQueryRequired);
        }
        else if (body.Query.Length > SavedFilter.MaxQueryLength || TextInput.Problem(body.Query) is not null || body.Query.Contains('#'))
        {
            errors.Add("query", ErrorCodes.SavedFilterQueryInvalid);
        }
        else if (CaseSearch.LooksLikeIdNumber(Uri.UnescapeDataString(body.Query)))
        {
            // A saved filter becomes a link; a link with an ID number in it leaks it to every log it passes.
            errors.Add("query", ErrorCodes.SavedFilterHoldsIdNumber);
        }

        return errors;
    }
}
