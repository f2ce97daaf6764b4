using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialInsurance.Workflows.Decisions.Deployment;

namespace SocialInsurance.Workflows.Persistence.Configurations;

internal sealed class DecisionDefinitionConfiguration : IEntityTypeConfiguration<DecisionDefinition>
{
    public void Configure(EntityTypeBuilder<DecisionDefinition> builder) => DeployedDefinitionMapping.Configure(builder, "wf_decisions");
}
