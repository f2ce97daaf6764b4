using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Features.Applications;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Infrastructure.Identity;

namespace SocialInsurance.Api.Features.Notifications;

/// <summary>The caller's message box: notifications of the caller's own applications, newest first (at most 200).</summary>
public static class ListMyNotifications
{
    public const int Limit = 200;

    public sealed record NotificationView(Guid Id, Guid ApplicationId, string Kind, string TextZh, string TextEn, DateTimeOffset CreatedAt);

    public sealed record Query(CurrentApplicant? Applicant) : IQuery<IReadOnlyList<NotificationView>>;

    public sealed class Handler(CasesDbContextFactory cases) : IQueryHandler<Query, IReadOnlyList<NotificationView>>
    {
        public async ValueTask<IReadOnlyList<NotificationView>> Handle(Query query, CancellationToken cancellationToken)
        {
            if (query.Applicant is not { } applicant)
            {
                return [];
            }

            await using var db = cases.Create();
            var mine = await db.Applications.AsNoTracking().Where(a => a.Applicant == applicant.IdNumber).Select(a => a.Id).ToListAsync(cancellationToken);
            var notifications = await db.Notifications.AsNoTracking().Where(n => mine.Contains(n.ApplicationId)).ToListAsync(cancellationToken);
            return [.. notifications
                .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
                .Take(Limit)
                .Select(n => new NotificationView(n.Id, n.ApplicationId, n.Kind, n.TextZh, n.TextEn, n.CreatedAt))];
        }
    }

    public static IEndpointRouteBuilder MapNotificationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/me/notifications", async (ClaimsPrincipal user, UserManager<AppUser> users, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new Query(await CurrentApplicant.FindAsync(users, user)), ct)))
            .RequireAuthorization(Policies.Applicant)
            .WithTags("Me")
            .WithName("ListMyNotifications")
            .WithSummary("Reminders and case updates addressed to the caller, newest first.")
            .Produces<IReadOnlyList<NotificationView>>();
        return app;
    }
}
