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

    public sealed record Command(CurrentApplicant Applicant, Guid Id, MaterialKind Kind, byte[] Content) : ICommand<Result>;

    public enum Outcome { Created, NotFound, Invalid, Conflict, OverLimit }

    public sealed record Result(Outcome Outcome, UploadResponse? Response = null, string? Detail = null);

    public sealed class Handler(ApplicantDatabase database, CasesDbContextFactory cases, MaterialFiles files, IOptionsMonitor<UploadLimits> limits, AuditLog audit, TimeProvider time)
        : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var type = MaterialFiles.Sniff(command.Content);
            if (type is null)
            {
                return new Result(Outcome.Invalid);
            }

            await using var db = await database.OpenAsync(cancellationToken);
            await using var caseDb = cases.Create();
            if (await OwnedApplications.FindAsync(caseDb, db, command.Applicant, command.Id, cancellationToken) is not var (application, _))
            {
                return new Result(Outcome.NotFound, Detail: $"Application {command.Id} was not found.");
            }

            if (!application.IsEditable)
            {
                return new Result(Outcome.Conflict, Detail: $"申请当前状态为 {application.Status}，不能上传材料 / The application is {application.Status}; materials cannot be added.");
            }

            var replaced = application.Materials.FirstOrDefault(m => m.Kind == command.Kind)?.FileId;
            if (await OverLimitAsync(db, command, application.Id, replaced, cancellationToken) is { } detail)
            {
                return new Result(Outcome.OverLimit, Detail: detail);
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
            return new Result(Outcome.Created, new UploadResponse(materialId, command.Kind.ToString(), type.Value.ContentType, command.Content.Length));
        }

        /// <summary>What the store would hold after this upload (the replaced file no longer counted), against both limits.</summary>
        private async Task<string?> OverLimitAsync(ApplicantDbContext db, Command command, Guid applicationId, string? replaced, CancellationToken ct)
        {
            var settings = limits.CurrentValue;
            var change = command.Content.Length - (replaced is null ? 0 : await files.SizeOfAsync(applicationId, replaced, ct));
            if (await files.BytesOfAsync([applicationId], ct) + change > settings.MaxBytesPerApplication)
            {
                return $"本申请的材料已达存储上限 {settings.MaxBytesPerApplication} 字节 / The application's materials would exceed {settings.MaxBytesPerApplication} bytes.";
            }

            var owned = await db.Applications.AsNoTracking()
                .Where(r => r.OwnerUserName == command.Applicant.UserName).Select(r => r.ApplicationId).ToListAsync(ct);
            return await files.BytesOfAsync(owned, ct) + change > settings.MaxBytesPerUser
                ? $"您的材料已达存储上限 {settings.MaxBytesPerUser} 字节 / Your materials would exceed {settings.MaxBytesPerUser} bytes."
                : null;
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/materials", async (Guid id, HttpRequest request, ClaimsPrincipal user, UserManager<AppUser> users, IMediator mediator, CancellationToken ct) =>
            {
                if (await CurrentApplicant.FindAsync(users, user) is not { } applicant)
                {
                    return (IResult)ApiProblems.NotFound($"Application {id} was not found.");
                }

                if (!request.HasFormContentType)
                {
                    return ApiProblems.Validation(new FieldErrors().Add("file", "请以 multipart/form-data 上传文件", "Upload the file as multipart/form-data."));
                }

                var form = await request.ReadFormAsync(ct);
                var errors = new FieldErrors();
                var kindText = form["kind"].ToString();
                if (!Enum.TryParse<MaterialKind>(kindText, ignoreCase: false, out var kind) || !Enum.IsDefined(kind) || int.TryParse(kindText, out _))
                {
                    errors.Add("kind", "材料类别须为 IdCardFront、IdCardBack、HouseholdRegister 或 IdCardCopy", "The kind must be IdCardFront, IdCardBack, HouseholdRegister or IdCardCopy.");
                }

                var file = form.Files.GetFile("file");
                if (file is { Length: > MaterialFiles.MaxBytes })
                {
                    return TypedResults.Problem("文件不能超过 10 MB / The file must be at most 10 MB.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "文件过大 / File too large");
                }

                if (file is null || file.Length == 0)
                {
                    errors.Add("file", "请选择要上传的文件", "Choose a file to upload.");
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
                return result.Outcome switch
                {
                    Outcome.Created => TypedResults.Created($"/api/applications/{id:D}/materials/{result.Response!.MaterialId}", result.Response),
                    Outcome.Invalid => ApiProblems.Validation(new FieldErrors().Add("file", "仅支持 JPEG、PNG 或 PDF 文件", "Only JPEG, PNG or PDF files are accepted.")),
                    Outcome.Conflict => ApiProblems.Conflict(result.Detail),
                    Outcome.OverLimit => TypedResults.Problem(result.Detail, statusCode: StatusCodes.Status413PayloadTooLarge, title: "超出存储限额 / Storage limit reached"),
                    _ => ApiProblems.NotFound(result.Detail),
                };
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
