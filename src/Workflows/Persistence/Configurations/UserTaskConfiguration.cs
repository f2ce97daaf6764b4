using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialInsurance.Workflows.Execution.UserTasks;

namespace SocialInsurance.Workflows.Persistence.Configurations;

internal sealed class UserTaskConfiguration : IEntityTypeConfiguration<UserTaskInstance>
{
    public void Configure(EntityTypeBuilder<UserTaskInstance> builder)
    {
        builder.ToTable("wf_tasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.ElementId).HasMaxLength(255);
        builder.Property(t => t.Name).HasMaxLength(500);
        builder.Property(t => t.ProcessKey).HasMaxLength(255);
        builder.Property(t => t.BusinessKey).HasMaxLength(255);
        builder.Property(t => t.FormKey).HasMaxLength(500);
        builder.Property(t => t.Assignee).HasMaxLength(255);
        builder.Property(t => t.CompletedBy).HasMaxLength(255);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Owner).HasMaxLength(255);
        builder.Property(t => t.Delegation).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.ConcurrencyStamp).IsConcurrencyToken();
        builder.Ignore(t => t.CandidateGroups);
        builder.Ignore(t => t.CandidateUsers);
        builder.HasMany(t => t.Candidates).WithOne().HasForeignKey(c => c.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.Status, t.DueAt });
        builder.HasIndex(t => new { t.Assignee, t.Status });
        builder.HasIndex(t => t.InstanceId);
        builder.HasIndex(t => t.CompletedBy).HasFilter(OptionalColumn.HasValue(nameof(UserTaskInstance.CompletedBy)));
    }
}
