using SocialInsurance.Api.Infrastructure.Persistence;
using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Domain.Applications;

namespace SocialInsurance.Api.Features.Applications;

/// <summary>
/// A material's file, to its owner, to reviewers whose groups include <c>reviewers-&lt;region of the case&gt;</c> or the
/// province-wide <c>reviewers-65</c>, and to administrators. Everyone else gets 404, as if it did not exist. Staff see
/// a case's files only once it has been submitted: a draft is the applicant's own until they hand it in (and one
/// withdrawn before submission never was handed in).
/// </summary>
public static class DownloadMaterial
{
    public const string ProvinceWideGroup = "reviewers-65";

    /// <summary>The file as the applicant uploaded it, under the name they gave it.</summary>
    public sealed record Download(byte[] Content, string ContentType, string FileName);

    public sealed record Query(ClaimsPrincipal User, Guid Id, string MaterialId) : IQuery<Result<Download>>;

    public sealed class Handler(CasesDbContextFactory cases, UserManager<AppUser> users, MaterialFiles files) : IQueryHandler<Query, Result<Download>>
    {
        public async ValueTask<Result<Download>> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var caseDb = cases.Create();
            var application = await caseDb.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == query.Id, cancellationToken);
            var material = application?.Materials.FirstOrDefault(m => m.FileId == query.MaterialId);
            if (application is not null && material is not null && await MayReadAsync(caseDb, application, query.User, cancellationToken)
                && await files.ReadAsync(application.Id, material.FileId, cancellationToken) is { } file)
            {
                return new Download(file.Content, file.ContentType, material.FileName);
            }

            return Result<Download>.NotFound(ErrorCodes.MaterialNotFound.With(new { id = query.MaterialId }));
        }

        private async Task<bool> MayReadAsync(CaseServiceDbContext db, Application application, ClaimsPrincipal user, CancellationToken ct)
        {
            var staff = user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Reviewer);
            if (staff && application.SubmittedAt is null)
            {
                return false;
            }

            if (user.IsInRole(Roles.Admin))
            {
                return true;
            }

            if (user.IsInRole(Roles.Reviewer))
            {
                var groups = user.Groups();
                if (groups.Contains(ProvinceWideGroup))
                {
                    return true;
                }

                var region = application.Details switch
                {
                    NewEnrollmentDetails d => d.Region.Value,
                    ResumptionDetails d => d.Region.Value,
                    _ => (await db.InsuredPersons.AsNoTracking().FirstOrDefaultAsync(p => p.IdNumber == application.Applicant, ct))?.Region?.Value,
                };
                return region is not null && groups.Contains("reviewers-" + region);
            }

            return await CurrentApplicant.FindAsync(users, user) is { } applicant && applicant.IdNumber == application.Applicant;
        }
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/applications/{id:guid}/materials/{materialId}", async (Guid id, string materialId, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                ApiProblems.From(await mediator.Send(new Query(user, id, materialId), ct), file => TypedResults.File(file.Content, file.ContentType, file.FileName)))
            .RequireAuthorization()
            .WithTags("Applications")
            .WithName("DownloadMaterial")
            .WithSummary("Download a material: its owner, reviewers of the case's region or province-wide, administrators.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
