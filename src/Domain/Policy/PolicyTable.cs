using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Policy;

/// <summary>
/// The yearly policy rows. A lookup never fails: a year without a row borrows the latest earlier row (or, before
/// the first row, the latest row of all) — refusing every application because a notice is late would stop the
/// service for months (issue 3).
/// </summary>
public sealed class PolicyTable
{
    private readonly SortedList<int, PolicyYear> _byYear = [];

    public PolicyTable(IEnumerable<PolicyYear> years)
    {
        var errors = new List<DomainError>();
        foreach (var year in years)
        {
            errors.AddRange(year.Validate());
            if (!_byYear.TryAdd(year.Year, year))
            {
                errors.Add(new DomainError(
                    "PolicyTable.DuplicateYear", $"{year.Year} 年政策重复", $"Expected one row per year, but {year.Year} appears twice."));
            }
        }

        if (_byYear.Count == 0)
        {
            errors.Add(new DomainError("PolicyTable.Empty", "至少需要一个年度的缴费政策", "Expected at least one policy year."));
        }

        if (errors.Count > 0)
        {
            throw new DomainException(errors);
        }
    }

    public static PolicyTable Default { get; } = new(PolicySeed.All);

    public IReadOnlyList<PolicyYear> Years => [.. _byYear.Values];

    public PolicyLookup For(int year)
    {
        if (_byYear.TryGetValue(year, out var exact))
        {
            return new PolicyLookup(year, exact);
        }

        var earlier = _byYear.Values.LastOrDefault(row => row.Year < year);
        return new PolicyLookup(year, earlier ?? _byYear.Values[^1]);
    }
}
