using Microsoft.EntityFrameworkCore;
using SocialInsurance.Workflows.Decisions.Deployment;

namespace SocialInsurance.Workflows.Persistence.Decisions;

/// <summary>
/// The deployed decision versions. As for processes (<see cref="DefinitionRepository"/>), which version is published
/// is kept for a few seconds: a publish on this node is seen by the next evaluation (it clears the key), one on another
/// node within that time. Asked from the database each time, it was a query inside every step that evaluates a table
/// — on SQLite while the step holds the engine's one writer (bench/README.md, issue 14).
/// </summary>
public sealed class DecisionRepository(IDbContextFactory<WorkflowDbContext> contexts)
    : DeployedDefinitionRepository<DecisionDefinition>(contexts, DefinitionRepository.PublishedCacheLifetime), IDecisionRepository;
