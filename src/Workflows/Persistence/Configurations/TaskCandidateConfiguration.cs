using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialInsurance.Workflows.Execution.UserTasks;

namespace SocialInsurance.Workflows.Persistence.Configurations;

internal sealed class TaskCandidateConfiguration : IEntityTypeConfiguration<TaskCandidate>
{
    public void Configure(EntityTypeBuilder<TaskCandidate> builder)
    {
        builder.ToTable("wf_task_candidates");
        builder.HasKey(c => new { c.TaskId, c.Kind, c.Value });
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.Value).HasMaxLength(255);
        builder.HasIndex(c => new { c.Kind, c.Value, c.TaskId });
    }
}
