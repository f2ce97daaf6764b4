using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialInsurance.Workflows.Execution.Bookmarks;

namespace SocialInsurance.Workflows.Persistence.Configurations;

internal sealed class BookmarkConfiguration : IEntityTypeConfiguration<Bookmark>
{
    public void Configure(EntityTypeBuilder<Bookmark> builder)
    {
        builder.ToTable("wf_bookmarks");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.ElementId).HasMaxLength(255);
        builder.Property(b => b.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.MessageName).HasMaxLength(255);
        builder.Property(b => b.CorrelationKey).HasMaxLength(255);
        builder.Property(b => b.DefinitionId).HasMaxLength(300);
        builder.HasIndex(b => b.InstanceId);
        // A user task's bookmark has neither a name nor a due time; a message's has no due time.
        builder.HasIndex(b => new { b.MessageName, b.CorrelationKey }).HasFilter(OptionalColumn.HasValue(nameof(Bookmark.MessageName)));
        builder.HasIndex(b => b.DueAt).HasFilter(OptionalColumn.HasValue(nameof(Bookmark.DueAt)));
    }
}
