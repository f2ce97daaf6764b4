using SocialInsurance.Api.Infrastructure.Persistence;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;

namespace SocialInsurance.Api.Infrastructure.Identity.Sessions;

/// <summary>
/// Starts, rotates and revokes sign-in sessions. Rotation is one conditional UPDATE (this session, this refresh id,
/// not revoked), so of two requests presenting the same refresh token exactly one wins; the loser is treated as a
/// reuse and ends the session — the cost of a lost response is one sign-in, the gain is that a stolen refresh token
/// stops working the moment either party uses it after the other.
/// </summary>
public sealed class SignInSessions(CaseServiceDbContext db, TimeProvider time)
{
    /// <summary>Sessions idle this long are deleted when their user next signs in: their refresh tokens have expired.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(30);

    public async Task<(Guid SessionId, string RefreshId)> StartAsync(string userId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var stale = now - Retention;
        await db.Sessions.Where(s => s.UserId == userId && s.RefreshedAt < stale).ExecuteDeleteAsync(ct);
        var session = new SignInSession { Id = Guid.NewGuid(), UserId = userId, RefreshId = NewRefreshId(), CreatedAt = now, RefreshedAt = now };
        db.Sessions.Add(session);
        await db.SaveChangesAsync(ct);
        return (session.Id, session.RefreshId);
    }

    /// <summary>The next refresh id, or null when the session is over or <paramref name="presented"/> is not its newest (then it is revoked).</summary>
    public async Task<string?> RotateAsync(Guid sessionId, string presented, CancellationToken ct)
    {
        var next = NewRefreshId();
        var now = time.GetUtcNow();
        var rotated = await db.Sessions
            .Where(s => s.Id == sessionId && s.RefreshId == presented && s.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.RefreshId, next).SetProperty(s => s.RefreshedAt, now), ct);
        if (rotated == 1)
        {
            return next;
        }

        await RevokeAsync(sessionId, "reuse", ct);
        return null;
    }

    public async Task RevokeAsync(Guid sessionId, string reason, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await db.Sessions
            .Where(s => s.Id == sessionId && s.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.RevokedAt, now).SetProperty(s => s.RevokedReason, reason), ct);
    }

    /// <summary>
    /// The account behind a live session, in one query (session joined to its user): what a bearer token's check
    /// compares. Null when the session is over or unknown. Replaces a session query followed by Identity's user lookup,
    /// which under the submit bench was a tenth of the node's CPU (bench/README.md, issue 14).
    /// </summary>
    public Task<SessionAccount?> AccountAsync(Guid sessionId, CancellationToken ct) =>
        db.Sessions
            .Where(s => s.Id == sessionId && s.RevokedAt == null)
            .Join(db.Users, s => s.UserId, u => u.Id, (s, u) => new SessionAccount(u.Id, u.SecurityStamp, u.LockoutEnabled, u.LockoutEnd))
            .AsNoTracking()
            .SingleOrDefaultAsync(ct);

    private static string NewRefreshId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}

/// <summary>What a session's check needs of its account.</summary>
public sealed record SessionAccount(string UserId, string? SecurityStamp, bool LockoutEnabled, DateTimeOffset? LockoutEnd)
{
    /// <summary>
    /// As Identity's <c>UserManager.IsLockedOutAsync</c>, on the clock Identity writes lockouts with (the system's,
    /// not the host's <see cref="TimeProvider"/>), so a lockout ends here exactly when Identity's own sign-in sees it end.
    /// </summary>
    public bool IsLockedOut => LockoutEnabled && LockoutEnd >= DateTimeOffset.UtcNow;
}
