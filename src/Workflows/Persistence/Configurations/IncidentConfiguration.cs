using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialInsurance.Workflows.Execution.Incidents;

namespace SocialInsurance.Workflows.Persistence.Configurations;

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> builder)
    {
        builder.ToTable("wf_incidents");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.ProcessKey).HasMaxLength(255);
        builder.Property(i => i.ElementId).HasMaxLength(255);
        builder.Property(i => i.ElementType).HasMaxLength(50);
        builder.Property(i => i.Message).HasMaxLength(IncidentCause.MaxMessageLength);
        builder.Property(i => i.Code).HasMaxLength(100);
        // A small JSON object of texts by name: read only with its incident, never queried. (EF passes no nulls to converters.)
        builder.Property(i => i.Args)
            .HasConversion(
                args => JsonSerializer.Serialize(args, (JsonSerializerOptions?)null),
                text => JsonSerializer.Deserialize<Dictionary<string, string>>(text, (JsonSerializerOptions?)null),
                new ValueComparer<IReadOnlyDictionary<string, string>?>(
                    (a, b) => a == null ? b == null : b != null && a.Count == b.Count && !a.Except(b).Any(),
                    args => args == null ? 0 : args.Count,
                    args => args == null ? null : new Dictionary<string, string>(args)));
        builder.Property(i => i.ResolvedBy).HasMaxLength(255);
        builder.HasIndex(i => new { i.InstanceId, i.ResolvedAt });
        builder.HasIndex(i => i.ResolvedAt);
        // The incidents-over-time report reads a date range.
        builder.HasIndex(i => i.CreatedAt);
    }
}
