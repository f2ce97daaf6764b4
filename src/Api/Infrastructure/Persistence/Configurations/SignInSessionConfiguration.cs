using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialInsurance.Api.Infrastructure.Identity.Sessions;

namespace SocialInsurance.Api.Infrastructure.Persistence.Configurations;

internal sealed class SignInSessionConfiguration : IEntityTypeConfiguration<SignInSession>
{
    public void Configure(EntityTypeBuilder<SignInSession> session)
    {
        session.ToTable("auth_sessions");
        session.HasKey(s => s.Id);
        session.Property(s => s.UserId).HasMaxLength(450);
        session.Property(s => s.RefreshId).HasMaxLength(64);
        session.Property(s => s.RevokedReason).HasMaxLength(16);
        session.HasIndex(s => s.UserId);
    }
}
