using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace SocialInsurance.Api.Infrastructure.Identity;

/// <summary>Accounts, roles and group claims, in the engine's database (one connection string, one backup).</summary>
public sealed class IdentityStoreContext(DbContextOptions<IdentityStoreContext> options) : IdentityDbContext<AppUser>(options)
{
    public const string ProbeTable = "AspNetUsers";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AppUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(100);
            user.Property(u => u.IdNumber).HasMaxLength(18);
        });
    }
}
