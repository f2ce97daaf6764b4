using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Identity;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;

namespace SocialInsurance.Api.Features.Applications;

/// <summary>One of the caller's applications with its progress timeline and next action; anyone else's is a 404, as is any for a caller with no applicant record.</summary>
public static class GetApplication
{
    public sealed record Query(CurrentApplicant? Applicant, Guid Id) : IQuery<Result<ApplicationView>>;

    public sealed class Handler(ApplicantDatabase database, CasesDbContextFactory cases, ProgressTimeline timeline) : IQueryHandler<Query, Result<ApplicationView>>
    {
        public async ValueTask<Result<ApplicationView>> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var db = await database.OpenAsync(cancellationToken);
            await using var caseDb = cases.Create();
            if (query.Applicant is null
                || await OwnedApplications.FindAsync(caseDb, db, query.Applicant, query.Id, cancellationToken) is not var (application, record))
            {
                return Result<ApplicationView>.NotFound(ErrorCodes.ApplicationNotFound.With(new { id = query.Id }));
            }

            var (steps, next) = await timeline.BuildAsync(application, cancellationToken);
            return ApplicationView.From(application, record) with { Timeline = steps, NextAction = next };
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, UserManager<AppUser> users, IMediator mediator, CancellationToken ct) =>
                ApiProblems.From(await mediator.Send(new Query(await CurrentApplicant.FindAsync(users, user), id), ct), view => TypedResults.Ok(view)))
            .WithName("GetApplication")
            .WithSummary("One of the caller's applications: status, masked data, materials, progress timeline and next action.")
            .Produces<ApplicationView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
