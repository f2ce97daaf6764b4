using Microsoft.EntityFrameworkCore;
using SocialInsurance.Workflows.Persistence;

namespace SocialInsurance.Api.Infrastructure.Identity.Sessions;

/// <summary>Sign-in sessions in the engine's database, so every node sees a logout or a revoked family at once.</summary>
public sealed class SessionStoreContext(DbContextOptions<SessionStoreContext> options) : DbContext(options)
{
    public const string ProbeTable = "auth_sessions";

    public DbSet<SignInSession> Sessions => Set<SignInSession>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<SignInSession>(session =>
        {
            session.ToTable(ProbeTable);
            session.HasKey(s => s.Id);
            session.Property(s => s.UserId).HasMaxLength(450);
            session.Property(s => s.RefreshId).HasMaxLength(64);
            session.Property(s => s.RevokedReason).HasMaxLength(16);
            session.HasIndex(s => s.UserId);
        });

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true)
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
    }
}
