using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialInsurance.Workflows.Deployment;

namespace SocialInsurance.Workflows.Persistence.Configurations;

internal sealed class ProcessDefinitionConfiguration : IEntityTypeConfiguration<ProcessDefinition>
{
    public void Configure(EntityTypeBuilder<ProcessDefinition> builder) => DeployedDefinitionMapping.Configure(builder, "wf_definitions");
}
