using SocialInsurance.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Api.Infrastructure.Identity;

namespace SocialInsurance.Api.Tests.Support;

/// <summary>Reads the audit log the way an operator would: straight from its table.</summary>
public static class AuditRows
{
    public static async Task<List<AuditEntry>> OfAsync(ApiFactory factory, string action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseServiceDbContext>();
        return await db.AuditEntries.AsNoTracking().Where(e => e.Action == action).OrderBy(e => e.Id).ToListAsync();
    }
}
