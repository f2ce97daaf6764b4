namespace SocialInsurance.Workflows.Decisions.Deployment;

/// <summary>
/// <c>camunda:decisionRefBinding</c>: which version of a decision a business rule task evaluates. Decisions are
/// deployed apart from processes here, so <see cref="Deployment"/> means the newest version deployed when the
/// process version was (a process keeps the rules it was deployed with), and <see cref="Latest"/> means the
/// published version (what an administrator has put in force), not merely the newest draft.
/// </summary>
public enum DecisionBinding
{
    Latest,
    Deployment,
    Version,
}
