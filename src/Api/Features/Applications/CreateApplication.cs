using System.Security.Claims;
using System.Text.Json.Nodes;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.PolicyData;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Api.Features.Applications;

/// <summary>
/// Creates a Draft for the caller's own ID number and name (never the body's). Bad fields are a 400 with every problem
/// and nothing is written; the aggregate and its case-number row commit in one transaction, then the audit log records
/// it (the application id and type only: the details carry the ID number, phone and card, which never go there).
/// </summary>
public static class CreateApplication
{
    public sealed record Command(CurrentApplicant Applicant, JsonObject Body) : ICommand<Result<ApplicationView>>;


    public sealed class Handler(ApplicantDatabase database, CasesDbContextFactory cases, ApplicationForm form, PolicyTables policies, AuditLog audit, IdempotencyScope idempotency, TimeProvider time)
        : ICommandHandler<Command, Result<ApplicationView>>
    {
        public async ValueTask<Result<ApplicationView>> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = time.GetUtcNow();
            var today = ChinaTime.ToBusinessDate(now);
            var errors = new FieldErrors();
            var parsed = form.Read(command.Body, command.Applicant, today, await policies.CurrentAsync(cancellationToken), errors);
            if (parsed is null)
            {
                return Result<ApplicationView>.Invalid(errors);
            }

            await using var db = await database.OpenAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await using var caseDb = cases.Create(db.Database.GetDbConnection(), transaction.GetDbTransaction());
            var application = new Application(Guid.CreateVersion7(), command.Applicant.IdNumber, command.Applicant.Name, parsed.Details, now);
            var record = new ApplicationRecord
            {
                ApplicationId = application.Id,
                OwnerUserName = command.Applicant.UserName,
                Day = today.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture),
                Address = parsed.Address,
                InsuranceTypes = parsed.ResumptionInsuranceTypes is { } codes ? string.Join(',', codes) : null,
            };
            caseDb.Applications.Add(application);
            db.ApplicationRecords.Add(record);
            await caseDb.SaveChangesAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            var view = ApplicationView.From(application, record);
            await idempotency.CompleteWithinAsync(db, StatusCodes.Status201Created, Location(view), view, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            await audit.RecordAsync(
                "application.create", $"application:{application.Id:D}", new { type = application.Type.ToString(), caseNumber = record.CaseNumber }, cancellationToken);
            return Result<ApplicationView>.Ok(view);
        }
    }

    private static string Location(ApplicationView created) => $"/api/applications/{created.Id:D}";

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/", async (JsonObject body, ClaimsPrincipal user, UserManager<AppUser> users, IMediator mediator, CancellationToken ct) =>
            {
                if (await CurrentApplicant.FindAsync(users, user) is not { } applicant)
                {
                    return (IResult)ApiProblems.Forbidden(ErrorCodes.AccountNoVerifiedId.With());
                }

                var result = await mediator.Send(new Command(applicant, body), ct);
                return ApiProblems.From(result, created => TypedResults.Created(Location(created), created));
            })
            .AddEndpointFilter<IdempotencyFilter>()
            .WithName("CreateApplication")
            .WithSummary("Create a draft application (NewEnrollment | Resumption | Suspension) for the caller.")
            .Accepts<JsonObject>("application/json")
            .Produces<ApplicationView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
