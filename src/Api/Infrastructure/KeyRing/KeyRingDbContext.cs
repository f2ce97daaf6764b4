using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace SocialInsurance.Api.Infrastructure.KeyRing;

/// <summary>
/// The Data Protection key ring, in the main database: the keys that encrypt bearer tokens, refresh tokens, the
/// Identity cookie and antiforgery tokens. One ring for every node, so whatever one node issued every node can read.
/// </summary>
public sealed class KeyRingDbContext(DbContextOptions<KeyRingDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    /// <summary>Lower case: the schema probe's unquoted name must match on PostgreSQL too.</summary>
    public const string Table = "dp_keys";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<DataProtectionKey>().ToTable(Table);
}
