using System.Security.Claims;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Features.Applications;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Tasks;

/// <summary>
/// The uploaded materials of the case behind a task, so the reviewer can look at them beside the decision. The
/// instance variables carry only the application id; the files themselves are served by
/// <c>GET /api/applications/{id}/materials/{materialId}</c>. Same access rule as <see cref="GetTask"/>: only those who
/// may work on the task, or who completed it, see the list.
/// </summary>
public static class ListTaskMaterials
{
    /// <param name="ContentType">Sniffed from the file's magic bytes (as the download serves it); null when the file is missing.</param>
    /// <param name="Size">Bytes stored; null when the file is missing.</param>
    public sealed record TaskMaterial(
        string MaterialId,
        Guid ApplicationId,
        string Kind,
        string KindZh,
        string KindEn,
        string FileName,
        string? ContentType,
        long? Size,
        DateTimeOffset AttachedAt);

    public sealed record Query(Guid TaskId, Actor Actor) : IQuery<Result<IReadOnlyList<TaskMaterial>>>;

    public sealed class Handler(IWorkflowQueries queries, CasesDbContextFactory cases, MaterialFiles files, TimeProvider time)
        : IQueryHandler<Query, Result<IReadOnlyList<TaskMaterial>>>
    {
        public async ValueTask<Result<IReadOnlyList<TaskMaterial>>> Handle(Query query, CancellationToken cancellationToken)
        {
            var task = await queries.TaskAsync(query.TaskId, cancellationToken);
            if (task is null)
            {
                return TaskVisibility.Missing<IReadOnlyList<TaskMaterial>>(query.TaskId);
            }

            if (!TaskVisibility.Sees(task, query.Actor, time.GetUtcNow()))
            {
                return TaskVisibility.Unseen<IReadOnlyList<TaskMaterial>>(query.TaskId);
            }

            // Cases started by the applicant side use the application id as the business key; a process started by
            // hand (admin route) may have none, and then there is nothing to list.
            if (!Guid.TryParse(task.BusinessKey, out var applicationId))
            {
                return Result<IReadOnlyList<TaskMaterial>>.Ok([]);
            }

            await using var db = cases.Create();
            var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
            if (application is null)
            {
                return Result<IReadOnlyList<TaskMaterial>>.Ok([]);
            }

            var materials = new List<TaskMaterial>();
            foreach (var material in application.Materials)
            {
                // Type and size only, so listing four scans does not read megabytes.
                var described = await files.DescribeAsync(application.Id, material.FileId, cancellationToken);
                materials.Add(new TaskMaterial(material.FileId, application.Id, material.Kind.ToString(), material.Kind.NameZh(), material.Kind.NameEn(),
                    material.FileName, described?.ContentType, described?.Size, material.AttachedAt));
            }

            return Result<IReadOnlyList<TaskMaterial>>.Ok(materials);
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/materials", async (Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                ApiProblems.From(await mediator.Send(new Query(id, user.ToActor()), ct), materials => TypedResults.Ok(materials)))
            .WithName("ListTaskMaterials")
            .WithSummary("The uploaded materials of the task's case, with kind, file name, type and size.")
            .Produces<IReadOnlyList<TaskMaterial>>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
