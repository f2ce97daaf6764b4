using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialInsurance.Api.Features.Comments;

namespace SocialInsurance.Api.Infrastructure.Persistence.Configurations;

internal sealed class CaseCommentConfiguration : IEntityTypeConfiguration<CaseComment>
{
    public void Configure(EntityTypeBuilder<CaseComment> builder)
    {
        builder.ToTable("case_comments");
        builder.HasAssignedKey(c => c.Id);
        builder.Property(c => c.CaseKey).HasMaxLength(255);
        builder.Property(c => c.Author).HoldsUserName();
        builder.Property(c => c.AuthorName).HasMaxLength(100);
        builder.Property(c => c.Text).HasMaxLength(CaseComment.MaxLength);
        builder.HasIndex(c => new { c.CaseKey, c.CreatedAt });
    }
}
