namespace SocialInsurance.Workflows.Deployment;

public interface IDefinitionRepository : IDeployedDefinitions<ProcessDefinition>
{
    Task<IReadOnlyList<ProcessDefinition>> PublishedWithMessageStartAsync(CancellationToken ct);
    Task<bool> RetractAsync(string key, CancellationToken ct);
}
