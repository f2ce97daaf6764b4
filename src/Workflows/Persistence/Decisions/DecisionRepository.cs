using Microsoft.EntityFrameworkCore;
using SocialInsurance.Workflows.Decisions.Deployment;

namespace SocialInsurance.Workflows.Persistence.Decisions;

/// <summary>
/// The deployed decision versions. The published version is read from the database each time: a decision is evaluated
/// through <see cref="DecisionCache"/>, which parses once per version, and a publish must be seen by the next evaluation.
/// </summary>
public sealed class DecisionRepository(IDbContextFactory<WorkflowDbContext> contexts)
    : DeployedDefinitionRepository<DecisionDefinition>(contexts, TimeSpan.Zero), IDecisionRepository;
