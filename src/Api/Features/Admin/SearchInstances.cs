using Mediator;
using SocialInsurance.Api.Features.Search;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Execution.Instances;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>
/// The instance list searched by case number, ID number or part of the applicant's name. The text travels in the body
/// so that an ID number never reaches a URL, an access log or the browser's history; the other filters are those of
/// <see cref="ListInstances"/>.
/// </summary>
public static class SearchInstances
{
    public sealed record SearchRequest(string? Text, string? State, string? ProcessKey, bool? Incidents, int? Page, int? PageSize);

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/instances/search", async (SearchRequest body, IMediator mediator, CancellationToken ct) =>
            {
                var errors = new FieldErrors();
                InstanceStatus? status = null;
                if (body.State is not null)
                {
                    if (Enum.TryParse<InstanceStatus>(body.State, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
                    {
                        status = parsed;
                    }
                    else
                    {
                        errors.Add("state", ErrorCodes.InstanceStateInvalid);
                    }
                }

                if (body.Page is < 1 || body.PageSize is < 1 or > 100)
                {
                    errors.Add("page", ErrorCodes.PagingInvalid);
                }

                CaseSearch.CheckText(errors, body.Text);

                return errors.Any
                    ? (IResult)ApiProblems.Validation(errors)
                    : TypedResults.Ok(await mediator.Send(
                        new ListInstances.Query(status, body.ProcessKey, null, body.Incidents == true, body.Page ?? 1, body.PageSize ?? 20) { Text = body.Text?.Trim() }, ct));
            })
            .WithName("SearchInstances")
            .WithSummary("Process instances of the cases matching a case number, ID number or part of an applicant's name (in the body), with the list's filters.")
            .Produces<ListInstances.InstancePage>()
            .ProducesValidationProblem();
}
