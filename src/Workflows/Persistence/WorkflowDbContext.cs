using Microsoft.EntityFrameworkCore;
using SocialInsurance.Workflows.Decisions.Deployment;
using SocialInsurance.Workflows.Deployment;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Compensation;
using SocialInsurance.Workflows.Execution.Incidents;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Execution.Messages;
using SocialInsurance.Workflows.Execution.UserTasks;

namespace SocialInsurance.Workflows.Persistence;

/// <summary>
/// The engine's tables (the engine's own store: its schema is changed only by the migrations under
/// <c>Persistence/Migrations</c>, one set per provider). Provider-neutral: the one SQLite concession (it cannot order or compare DateTimeOffset) is a
/// converter to UTC ticks applied only when the provider is SQLite, so PostgreSQL keeps real timestamptz columns.
/// </summary>
public sealed class WorkflowDbContext(DbContextOptions<WorkflowDbContext> options) : DbContext(options)
{
    public DbSet<ProcessDefinition> Definitions => Set<ProcessDefinition>();
    public DbSet<ProcessInstance> Instances => Set<ProcessInstance>();
    public DbSet<Bookmark> Bookmarks => Set<Bookmark>();
    public DbSet<UserTaskInstance> Tasks => Set<UserTaskInstance>();
    public DbSet<TaskCandidate> TaskCandidates => Set<TaskCandidate>();
    public DbSet<JournalEntry> Journal => Set<JournalEntry>();
    public DbSet<Incident> Incidents => Set<Incident>();
    public DbSet<BufferedMessage> BufferedMessages => Set<BufferedMessage>();
    public DbSet<DecisionDefinition> Decisions => Set<DecisionDefinition>();
    public DbSet<CompensationRecord> CompensationRecords => Set<CompensationRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(null);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WorkflowDbContext).Assembly, t => t.Namespace == typeof(WorkflowDbContext).Namespace + ".Configurations");
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true)
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
        }
        else
        {
            // Npgsql writes timestamptz only from UTC offsets; business times carry +08:00 (China time).
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<ToUtcConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<ToUtcConverter>();
        }
    }
}
