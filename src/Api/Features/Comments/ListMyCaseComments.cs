using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Features.Applications;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;

namespace SocialInsurance.Api.Features.Comments;

/// <summary>
/// The comments on one of the applicant's own cases that a reviewer marked for them; the others stay internal.
/// Anyone else's case is the same 404 as an unknown one.
/// </summary>
public static class ListMyCaseComments
{
    public sealed record Query(CurrentApplicant? Applicant, Guid Id) : IQuery<Result<IReadOnlyList<CommentView>>>;

    public sealed class Handler(ApplicantDatabase database, CasesDbContextFactory cases) : IQueryHandler<Query, Result<IReadOnlyList<CommentView>>>
    {
        public async ValueTask<Result<IReadOnlyList<CommentView>>> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var db = await database.OpenAsync(cancellationToken);
            await using var caseDb = cases.Create();
            if (query.Applicant is null || await OwnedApplications.FindAsync(caseDb, db, query.Applicant, query.Id, cancellationToken) is null)
            {
                return Result<IReadOnlyList<CommentView>>.NotFound(ErrorCodes.ApplicationNotFound.With(new { id = query.Id }));
            }

            var key = query.Id.ToString();
            var comments = await caseDb.Comments.AsNoTracking().Where(c => c.CaseKey == key && c.VisibleToApplicant)
                .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).ToListAsync(cancellationToken);
            return Result<IReadOnlyList<CommentView>>.Ok([.. comments.Select(CommentView.From)]);
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/comments", async (Guid id, ClaimsPrincipal user, UserManager<AppUser> users, IMediator mediator, CancellationToken ct) =>
                ApiProblems.From(await mediator.Send(new Query(await CurrentApplicant.FindAsync(users, user), id), ct), list => TypedResults.Ok(list)))
            .WithName("ListMyCaseComments")
            .WithSummary("The comments a reviewer shared with the applicant on one of their cases.")
            .Produces<IReadOnlyList<CommentView>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
