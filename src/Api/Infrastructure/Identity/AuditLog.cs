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
        var context = http.HttpContext;
        db.AuditEntries.Add(new AuditEntry
        {
            Actor = context?.User.Identity?.Name ?? "anonymous",
            Action = action,
            Target = target,
            Details = details is null ? null : JsonSerializer.Serialize(details),
            RemoteAddress = context?.Connection.RemoteIpAddress?.ToString(),
            At = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
    }
}
