using Microsoft.EntityFrameworkCore;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Workflows.Persistence;

namespace SocialInsurance.Api.Infrastructure.Cases;

/// <summary>
/// The case data, in the engine's database (tables prefixed <c>case_</c>) so a service task's domain change and the
/// step that made it commit in one transaction. Aggregates are mapped as they are: private state through backing
/// fields, value objects through converters, the small collections an aggregate owns as JSON columns (they are always
/// loaded and saved with their aggregate, never queried on their own).
/// </summary>
public sealed partial class CasesDbContext(DbContextOptions<CasesDbContext> options) : DbContext(options)
{
    public DbSet<Application> Applications => Set<Application>();
    public DbSet<InsuredPerson> InsuredPersons => Set<InsuredPerson>();
    public DbSet<DeductionAgreement> DeductionAgreements => Set<DeductionAgreement>();
    public DbSet<ContributionPeriod> ContributionPeriods => Set<ContributionPeriod>();
    public DbSet<CaseNotification> Notifications => Set<CaseNotification>();
    public DbSet<Features.Comments.CaseComment> Comments => Set<Features.Comments.CaseComment>();
    public DbSet<Features.SavedFilters.SavedFilter> SavedFilters => Set<Features.SavedFilters.SavedFilter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(
            typeof(CasesDbContext).Assembly, t => t.Namespace == typeof(CasesDbContext).Namespace + ".Configurations");

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Same concession as the engine's context: SQLite cannot order or compare DateTimeOffset.
        if (Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true)
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
        }
    }
}
