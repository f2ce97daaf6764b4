using SocialInsurance.Api.Infrastructure.Persistence;
using System.Text.Json;

namespace SocialInsurance.Api.Infrastructure.Identity;

/// <summary>
/// Records who did what, when and from where. Written after the engine committed the action: an action that failed is
/// not audited as done, and an audit write that fails surfaces as a 500 the operator sees, not a silent gap.
/// </summary>
public sealed class AuditLog(CaseServiceDbContext db, IHttpContextAccessor http, TimeProvider time)
{
    public async Task RecordAsync(string action, string target, object? details = null, CancellationToken ct = default)
    {
        AddTo(db, action, target, details);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Adds the row to <paramref name="into"/> without saving: it commits with that context's transaction (a
    /// submission's, with the case and its process), so the action is audited exactly when it happened.
    /// </summary>
    public void AddTo(CaseServiceDbContext into, string action, string target, object? details = null)
    {
        var context = http.HttpContext;
        into.AuditEntries.Add(new AuditEntry
        {
            Actor = context?.User.Identity?.Name ?? "anonymous",
            Action = action,
            Target = target,
            Details = details is null ? null : JsonSerializer.Serialize(details),
            RemoteAddress = context?.Connection.RemoteIpAddress?.ToString(),
            At = time.GetUtcNow(),
        });
    }
}
