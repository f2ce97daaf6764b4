using SocialInsurance.Api.Infrastructure.Persistence;
using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Input;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Domain.Applications;

namespace SocialInsurance.Api.Features.Applications;

/// <summary>
/// Attaches one material (multipart <c>kind</c> + <c>file</c>) to a Draft or a case awaiting supplements. The file is
/// checked by content (JPEG, PNG, PDF) and size (≤ 10 MB, else 413), and against what the application and the user
/// already store (<see cref="UploadLimits"/>, else 413); the route is rate limited per user. The file is written before
/// the aggregate records it, so a recorded material always has its file — an orphan file from a failed save is
/// harmless and never served. The file it replaces (same kind) is deleted once the save has committed.
/// </summary>
public static class UploadMaterial
{
    public sealed record UploadResponse(string MaterialId, string Kind, string ContentType, long Size);

    public sealed record Command(CurrentApplicant Applicant, Guid Id, MaterialKind Kind, byte[] Content) : ICommand<Result<UploadResponse>>;

    public sealed class Handler(ApplicantDatabase database, CasesDbContextFactory cases, MaterialFiles files, IOptionsMonitor<UploadLimits> limits, AuditLog audit, TimeProvider time)
        : ICommandHandler<Command, Result<UploadResponse>>
    {
        public async ValueTask<Result<UploadResponse>> Handle(Command command, CancellationToken cancellationToken)
        {
            var type = MaterialFiles.Sniff(command.Content);
            if (type is null)
            {
                return Result<UploadResponse>.Invalid(new FieldErrors().Add("file", ErrorCodes.MaterialFileTypeInvalid));
            }

            await using var db = await database.OpenAsync(cancellationToken);
            await using var caseDb = cases.Create();
            if (await OwnedApplications.FindAsync(caseDb, db, command.Applicant, command.Id, cancellationToken) is not var (application, _))
            {
                return Result<UploadResponse>.NotFound(ErrorCodes.ApplicationNotFound.With(new { id = command.Id }));
            }

            if (!application.IsEditable)
            {
                return Result<UploadResponse>.Conflict(ErrorCodes.ApplicationNotEditable.With(new { status = ApplicationStatusTerms.Of(application.Status) }));
            }

            var replaced = application.Materials.FirstOrDefault(m => m.Kind == command.Kind)?.FileId;
            if (await OverLimitAsync(db, command, application.Id, replaced, cancellationToken) is { } detail)
            {
                return Result<UploadResponse>.TooLarge(detail);
            }

            var materialId = Guid.NewGuid().ToString("N");
            await files.SaveAsync(application.Id, materialId, command.Content, cancellationToken);
            application.AttachMaterial(command.Kind, materialId, command.Kind + type.Value.Extension, time.GetUtcNow());
            await caseDb.SaveChangesAsync(cancellationToken);
            if (replaced is not null)
            {
                await files.DeleteAsync(application.Id, replaced, cancellationToken);
            }

            await audit.RecordAsync(
                "application.material.upload",
                $"application:{application.Id:D}",
                new { kind = command.Kind.ToString(), materialId, contentType = type.Value.ContentType, size = command.Content.Length },
                cancellationToken);
            return Result<UploadResponse>.Ok(new UploadResponse(materialId, command.Kind.ToString(), type.Value.ContentType, command.Content.Length));
        }

        /// <summary>What the store would hold after this upload (the replaced file no longer counted), against both limits.</summary>
        private async Task<ApiError?> OverLimitAsync(CaseServiceDbContext db, Command command, Guid applicationId, string? replaced, CancellationToken ct)
        {
            var settings = limits.CurrentValue;
            var change = command.Content.Length - (replaced is null ? 0 : await files.SizeOfAsync(applicationId, replaced, ct));
            if (await files.BytesOfAsync([applicationId], ct) + change > settings.MaxBytesPerApplication)
            {
                return ErrorCodes.MaterialApplicationStorageFull.With(new { max = settings.MaxBytesPerApplication });
            }

            var owned = await db.ApplicationRecords.AsNoTracking()
                .Where(r => r.OwnerUserName == command.Applicant.UserName).Select(r => r.ApplicationId).ToListAsync(ct);
            return await files.BytesOfAsync(owned, ct) + change > settings.MaxBytesPerUser
                ? ErrorCodes.MaterialUserStorageFull.With(new { max = settings.MaxBytesPerUser })
                : null;
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/materials", async (Guid id, HttpRequest request, ClaimsPrincipal user, UserManager<AppUser> users, IMediator mediator, CancellationToken ct) =>
            {
                if (await CurrentApplicant.FindAsync(users, user) is not { } applicant)
                {
                    return (IResult)ApiProblems.NotFound(ErrorCodes.ApplicationNotFound.With(new { id }));
                }

                if (!request.HasFormContentType)
                {
                    return ApiProblems.Validation(new FieldErrors().Add("file", ErrorCodes.MaterialMultipartRequired));
                }

                var form = await request.ReadFormAsync(ct);
                var errors = new FieldErrors();
                var kindText = form["kind"].ToString();
                if (!Enum.TryParse<MaterialKind>(kindText, ignoreCase: false, out var kind) || !Enum.IsDefined(kind) || int.TryParse(kindText, out _))
                {
                    errors.Add("kind", ErrorCodes.MaterialKindInvalid);
                }

                var file = form.Files.GetFile("file");
                if (file is { Length: > MaterialFiles.MaxBytes })
                {
                    return ApiProblems.Problem(StatusCodes.Status413PayloadTooLarge, ErrorCodes.MaterialFileTooLarge.With());
                }

                if (file is null || file.Length == 0)
                {
                    errors.Add("file", ErrorCodes.MaterialFileRequired);
                }
                else
                {
                    // The name is never stored, but a reviewer's download is named after it by some clients.
                    TextInput.Check(errors, "file", file.FileName);
                }

                if (errors.Any)
                {
                    return ApiProblems.Validation(errors);
                }

                using var buffer = new MemoryStream((int)file!.Length);
                await file.CopyToAsync(buffer, ct);
                var result = await mediator.Send(new Command(applicant, id, kind, buffer.ToArray()), ct);
                return ApiProblems.From(result, created => TypedResults.Created($"/api/applications/{id:D}/materials/{created.MaterialId}", created));
            })
            .AddEndpointFilter<IdempotencyFilter>()
            .RequireRateLimiting(UploadLimits.RatePolicy)
            .DisableAntiforgery()
            .WithName("UploadMaterial")
            .WithSummary("Upload one material (kind + file; JPEG, PNG or PDF, at most 10 MB).")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<UploadResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
