using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Execution.Tokens;

namespace SocialInsurance.Workflows.Persistence.Configurations;

internal sealed class ProcessInstanceConfiguration : IEntityTypeConfiguration<ProcessInstance>
{
    public void Configure(EntityTypeBuilder<ProcessInstance> builder)
    {
        builder.ToTable("wf_instances");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.DefinitionId).HasMaxLength(300);
        builder.Property(i => i.ProcessKey).HasMaxLength(255);
        builder.Property(i => i.BusinessKey).HasMaxLength(255);
        builder.Property(i => i.UniqueKey).HasMaxLength(255);
        builder.Property(i => i.StartedBy).HasMaxLength(255);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.ConcurrencyStamp).IsConcurrencyToken();
        builder.Property(i => i.Tokens)
            .HasConversion(
                tokens => JsonSerializer.Serialize(tokens, TokenJson.Default.ListToken),
                text => JsonSerializer.Deserialize(text, TokenJson.Default.ListToken) ?? new List<Token>(),
                new ValueComparer<List<Token>>(
                    (a, b) => JsonSerializer.Serialize(a, TokenJson.Default.ListToken) == JsonSerializer.Serialize(b, TokenJson.Default.ListToken),
                    tokens => JsonSerializer.Serialize(tokens, TokenJson.Default.ListToken).GetHashCode(),
                    tokens => tokens.ToList()));
        builder.Property(i => i.Variables)
            .HasConversion(
                variables => variables.ToJsonString((JsonSerializerOptions?)null),
                text => JsonNode.Parse(text, null, default)!.AsObject(),
                new ValueComparer<JsonObject>(
                    (a, b) => JsonNode.DeepEquals(a, b),
                    variables => variables.ToJsonString((JsonSerializerOptions?)null).GetHashCode(),
                    variables => variables.DeepClone().AsObject()));
        builder.HasIndex(i => new { i.Status, i.ProcessKey });
        builder.HasIndex(i => i.BusinessKey);
        builder.HasIndex(i => i.ParentInstanceId).HasFilter(OptionalColumn.HasValue(nameof(ProcessInstance.ParentInstanceId)));
        // SQLite and PostgreSQL both treat NULLs as distinct in a unique index: only keyed starts were ever constrained,
        // and only they are in it.
        builder.HasIndex(i => i.UniqueKey).IsUnique().HasFilter(OptionalColumn.HasValue(nameof(ProcessInstance.UniqueKey)));
    }
}
