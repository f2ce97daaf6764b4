using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialInsurance.Api.Infrastructure.PolicyData;

namespace SocialInsurance.Api.Infrastructure.Persistence.Configurations;

/// <summary>The policy tables administrators edit (prefix <c>policy_</c>).</summary>
internal sealed class PolicyYearConfiguration : IEntityTypeConfiguration<PolicyYearRow>
{
    public void Configure(EntityTypeBuilder<PolicyYearRow> row)
    {
        row.ToTable("policy_years");
        row.HasAssignedKey(r => r.Year);
        row.Property(r => r.GradeMode).HasMaxLength(10);
        row.Property(r => r.Grades).HasMaxLength(1000);
        row.Property(r => r.ReminderOffsetsDays).HasMaxLength(200);
        row.Property(r => r.Source).HasMaxLength(PolicyYearRow.MaxSourceLength);
        row.Property(r => r.Confidence).HasMaxLength(10);
        row.Property(r => r.UpdatedBy).HoldsUserName();
    }
}

internal sealed class HolidayYearConfiguration : IEntityTypeConfiguration<HolidayYearRow>
{
    public void Configure(EntityTypeBuilder<HolidayYearRow> row)
    {
        row.ToTable("policy_holiday_years");
        row.HasAssignedKey(r => r.Year);
        row.Property(r => r.Source).HasMaxLength(PolicyYearRow.MaxSourceLength);
        row.Property(r => r.UpdatedBy).HoldsUserName();
    }
}

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDayRow>
{
    public void Configure(EntityTypeBuilder<CalendarDayRow> row)
    {
        row.ToTable("policy_calendar_days");
        row.HasKey(r => r.Date);
        row.HasIndex(r => r.Year);
        row.Property(r => r.Kind).HasMaxLength(20);
        row.Property(r => r.Name).HasMaxLength(50);
    }
}
