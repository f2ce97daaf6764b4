using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.PolicyData;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>
/// Removes a year's row; its years then borrow the nearest earlier row (with the fallback warning). The last row cannot
/// go: with no row at all no base could be checked and no contribution billed.
/// </summary>
public static class DeletePolicyYear
{
    public sealed record Command(int Year) : ICommand<Result<int>>;

    public sealed class Handler(PolicyDatabase database, PolicyTables policies, AuditLog audit) : ICommandHandler<Command, Result<int>>
    {
        public async ValueTask<Result<int>> Handle(Command command, CancellationToken cancellationToken)
        {
            await using var db = await database.OpenAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var row = await db.PolicyYears.FirstOrDefaultAsync(r => r.Year == command.Year, cancellationToken);
            if (row is null)
            {
                return Result<int>.NotFound(ErrorCodes.PolicyYearNotFound.With(new { year = command.Year }));
            }

            if (await db.PolicyYears.CountAsync(cancellationToken) == 1)
            {
                return Result<int>.Conflict(ErrorCodes.PolicyLastYear.With(new { year = command.Year }));
            }

            var before = row.ToDomain();
            db.PolicyYears.Remove(row);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            policies.Invalidate();
            await audit.RecordAsync("policy.delete", $"policy:{command.Year}", new { before = PolicyYearView.Summary(before) }, cancellationToken);
            return Result<int>.Ok(command.Year);
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapDelete("/policy/{year:int}", async (int year, IMediator mediator, CancellationToken ct) =>
                ApiProblems.From(await mediator.Send(new Command(year), ct), _ => TypedResults.NoContent()))
            .WithName("DeletePolicyYear")
            .WithSummary("Delete a year's policy row (never the last one).")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
