using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SocialInsurance.Api.Features.Applications;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Infrastructure.Forms;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Identity.Sessions;
using SocialInsurance.Api.Infrastructure.PolicyData;
using SocialInsurance.Api.Jobs;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Workflows.Persistence;

namespace SocialInsurance.Api.Infrastructure.Persistence;

/// <summary>
/// The case service's store: every table the API owns, in the engine's database (so a service task's domain change and
/// the step that made it commit in one transaction) but in a model of its own — the engine knows nothing of cases.
/// Applications and cases, materials' metadata (inside the application aggregate), forms, audit, policy, deduction
/// results, sign-in sessions, the Data Protection key ring and the Identity accounts.
/// </summary>
/// <remarks>
/// Identity is in this context rather than a second one: one model, one migration history, one `migrate`; Identity's
/// tables are only configured by <see cref="IdentityDbContext{TUser}"/>'s base model, which nothing here overrides.
/// <para>
/// Adding a table: write the entity and an <see cref="IEntityTypeConfiguration{TEntity}"/> anywhere in this assembly
/// (by convention under <c>Persistence/Configurations</c>) — every configuration in the assembly is applied here, there
/// is nothing else to register — then <c>scripts/add-migration.sh CaseService Name</c> (docs/operations.md).
/// </para>
/// </remarks>
public sealed partial class CaseServiceDbContext(DbContextOptions<CaseServiceDbContext> options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    /// <summary>This store's migration history table (the engine keeps its own in the same database).</summary>
    public const string HistoryTable = "case_schema_migrations";

    public DbSet<Application> Applications => Set<Application>();
    public DbSet<InsuredPerson> InsuredPersons => Set<InsuredPerson>();
    public DbSet<DeductionAgreement> DeductionAgreements => Set<DeductionAgreement>();
    public DbSet<ContributionPeriod> ContributionPeriods => Set<ContributionPeriod>();
    public DbSet<CaseNotification> Notifications => Set<CaseNotification>();
    public DbSet<DeductionResultRow> DeductionResults => Set<DeductionResultRow>();
    public DbSet<ApplicationRecord> ApplicationRecords => Set<ApplicationRecord>();
    public DbSet<IdempotencyRecord> IdempotencyKeys => Set<IdempotencyRecord>();
    public DbSet<FormDefinition> Forms => Set<FormDefinition>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<SignInSession> Sessions => Set<SignInSession>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<PolicyYearRow> PolicyYears => Set<PolicyYearRow>();
    public DbSet<HolidayYearRow> HolidayYears => Set<HolidayYearRow>();
    public DbSet<CalendarDayRow> CalendarDays => Set<CalendarDayRow>();
    public DbSet<Features.Comments.CaseComment> Comments => Set<Features.Comments.CaseComment>();
    public DbSet<Features.SavedFilters.SavedFilter> SavedFilters => Set<Features.SavedFilters.SavedFilter>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AppUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(100);
            user.Property(u => u.IdNumber).HasMaxLength(18);
            // Identity's own time keeps the provider's default mapping (TEXT on SQLite), as its tables always had.
            user.Property(u => u.LockoutEnd).HasConversion((ValueConverter?)null);
        });
        builder.ApplyConfigurationsFromAssembly(typeof(CaseServiceDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // The engine's concession: SQLite cannot order or compare DateTimeOffset, so it stores UTC ticks.
        if (Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true)
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
        }
    }
}
