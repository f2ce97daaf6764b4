using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Infrastructure.Identity;

namespace SocialInsurance.Api.Features.Applications;

/// <summary>The caller's applications, newest first, masked; the timeline is left to the detail route.</summary>
public static class ListApplications
{
    public sealed record Query(CurrentApplicant? Applicant) : IQuery<IReadOnlyList<ApplicationView>>;

    public sealed class Handler(ApplicantDatabase database, CasesDbContextFactory cases) : IQueryHandler<Query, IReadOnlyList<ApplicationView>>
    {
        public async ValueTask<IReadOnlyList<ApplicationView>> Handle(Query query, CancellationToken cancellationToken)
        {
            if (query.Applicant is not { } applicant)
            {
                return [];
            }

            await using var db = await database.OpenAsync(cancellationToken);
            await using var caseDb = cases.Create();
            var applications = await caseDb.Applications.AsNoTracking().Where(a => a.Applicant == applicant.IdNumber).ToListAsync(cancellationToken);
            var ids = applications.Select(a => a.Id).ToList();
            var records = await db.ApplicationRecords.AsNoTracking().Where(r => ids.Contains(r.ApplicationId)).ToDictionaryAsync(r => r.ApplicationId, cancellationToken);
            return [.. applications
                .Where(a => records.ContainsKey(a.Id))
                .OrderByDescending(a => a.CreatedAt).ThenByDescending(a => records[a.Id].Sequence)
                .Select(a => ApplicationView.From(a, records[a.Id]))];
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", async (ClaimsPrincipal user, UserManager<AppUser> users, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new Query(await CurrentApplicant.FindAsync(users, user)), ct)))
            .WithName("ListApplications")
            .WithSummary("The caller's applications, newest first, with ID number, phone and account masked.")
            .Produces<IReadOnlyList<ApplicationView>>();
}
