using Microsoft.EntityFrameworkCore;
using SocialInsurance.Workflows.Persistence;

namespace SocialInsurance.Api.Infrastructure.PolicyData;

/// <summary>
/// The policy tables administrators edit (tables prefixed <c>policy_</c>), in the engine's database beside the cases.
/// A context of its own, not more entities on <c>CasesDbContext</c>: tables are created when a probe table is missing,
/// and an existing database already has the case tables, so new case entities would never be created there.
/// </summary>
public sealed class PolicyDbContext(DbContextOptions<PolicyDbContext> options) : DbContext(options)
{
    public const string ProbeTable = "policy_years";

    public DbSet<PolicyYearRow> Years => Set<PolicyYearRow>();

    public DbSet<HolidayYearRow> HolidayYears => Set<HolidayYearRow>();

    public DbSet<CalendarDayRow> CalendarDays => Set<CalendarDayRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PolicyYearRow>(row =>
        {
            row.ToTable(ProbeTable);
            row.HasKey(r => r.Year);
            row.Property(r => r.Year).ValueGeneratedNever();
            row.Property(r => r.GradeMode).HasMaxLength(10);
            row.Property(r => r.Grades).HasMaxLength(1000);
            row.Property(r => r.ReminderOffsetsDays).HasMaxLength(200);
            row.Property(r => r.Source).HasMaxLength(PolicyYearRow.MaxSourceLength);
            row.Property(r => r.Confidence).HasMaxLength(10);
            row.Property(r => r.UpdatedBy).HasMaxLength(256);
        });
        modelBuilder.Entity<HolidayYearRow>(row =>
        {
            row.ToTable("policy_holiday_years");
            row.HasKey(r => r.Year);
            row.Property(r => r.Year).ValueGeneratedNever();
            row.Property(r => r.Source).HasMaxLength(PolicyYearRow.MaxSourceLength);
            row.Property(r => r.UpdatedBy).HasMaxLength(256);
        });
        modelBuilder.Entity<CalendarDayRow>(row =>
        {
            row.ToTable("policy_calendar_days");
            row.HasKey(r => r.Date);
            row.HasIndex(r => r.Year);
            row.Property(r => r.Kind).HasMaxLength(20);
            row.Property(r => r.Name).HasMaxLength(50);
        });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true)
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
    }
}
