using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Policy;

/// <summary>
/// The policy used for a year, and whether it was borrowed from another year. Figures are published mid-year
/// (DOMAIN-SOURCES §2.6), so early in a year there is usually no row yet; the service keeps working on the latest
/// figures and <see cref="Warning"/> tells administrators to add the row.
/// </summary>
public sealed record PolicyLookup(int RequestedYear, PolicyYear Policy)
{
    public bool IsFallback => Policy.Year != RequestedYear;

    public DomainError? Warning => IsFallback
        ? new DomainError(
            "Policy.Fallback",
            $"尚未配置 {RequestedYear} 年缴费政策，暂按 {Policy.Year} 年参数执行",
            $"No policy row for {RequestedYear}; the {Policy.Year} figures are used until one is added.")
        : null;
}
