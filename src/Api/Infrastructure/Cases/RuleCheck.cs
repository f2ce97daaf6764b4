using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.Policy;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Api.Infrastructure.Cases;

/// <summary>
/// The outcome of <see cref="ApplicationRules"/>: the failed rules, and what they were checked against — the person's
/// record, the year's policy, the registry's answer (null when not asked or it could not answer) and the region whose
/// reviewers handle the case.
/// </summary>
public sealed record RuleCheck(IReadOnlyList<DomainError> Errors, InsuredPerson? Person, PolicyYear Policy, RegistryStanding? Standing, string Region);
