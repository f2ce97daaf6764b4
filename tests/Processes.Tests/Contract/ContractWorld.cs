using SocialInsurance.Api.Processes;
using SocialInsurance.Workflows.Activities;
using SocialInsurance.Workflows.Decisions.Model;
using SocialInsurance.Workflows.Model;

namespace SocialInsurance.Processes.Tests.Contract;

/// <summary>What the process models and the code around them must agree on.</summary>
internal sealed record ContractWorld(
    IReadOnlyList<ProcessModel> Models,
    IReadOnlyList<ProcessContract> Contracts,
    IReadOnlyList<IActivityHandler> Handlers,
    IReadOnlyDictionary<string, IReadOnlySet<string>> DeployedForms,
    IReadOnlyDictionary<string, Decision> Decisions);
