using Microsoft.EntityFrameworkCore;
using SocialInsurance.Workflows.Deployment;

namespace SocialInsurance.Workflows.Persistence;

/// <summary>
/// The deployed process versions. Every start asks which version is published; asking the database each time would be
/// one more query per start, so the answer is kept for a few seconds (cleared at once by a publish on this node).
/// </summary>
public sealed class DefinitionRepository(IDbContextFactory<WorkflowDbContext> contexts)
    : DeployedDefinitionRepository<ProcessDefinition>(contexts, PublishedCacheLifetime), IDefinitionRepository
{
    /// <summary>How long another node's publish may go unseen here (processes and decisions alike).</summary>
    public static readonly TimeSpan PublishedCacheLifetime = TimeSpan.FromSeconds(5);

    // Message starts are rare and the published set is small; the model cache answers which ones have one.
    public Task<IReadOnlyList<ProcessDefinition>> PublishedWithMessageStartAsync(CancellationToken ct) => AllPublishedAsync(ct);
}
