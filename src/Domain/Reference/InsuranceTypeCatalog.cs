using System.Diagnostics.CodeAnalysis;

using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Reference;

/// <summary>
/// The 险种 these services offer. Only 110 by default — the flexible-employment services enroll into the enterprise
/// employees' pension scheme (seed text, DESIGN) — but records and rules work per type, so a deployment may add more.
/// </summary>
public sealed class InsuranceTypeCatalog
{
    public static readonly InsuranceType EnterpriseEmployeePension =
        new("110", "企业职工基本养老保险", "Enterprise employees' basic pension insurance");

    private readonly Dictionary<string, InsuranceType> _byCode;

    public InsuranceTypeCatalog(IEnumerable<InsuranceType> types)
    {
        _byCode = [];
        foreach (var type in types)
        {
            if (!_byCode.TryAdd(type.Code, type))
            {
                throw new DomainException(new DomainError(
                    "InsuranceTypeCatalog.Duplicate",
                    $"险种 {type.Code} 重复",
                    $"Expected each insurance type code once, but {type.Code} appears twice."));
            }
        }
    }

    public static InsuranceTypeCatalog Default { get; } = new([EnterpriseEmployeePension]);

    public IReadOnlyCollection<InsuranceType> All => _byCode.Values;

    public bool TryFind(string code, [NotNullWhen(true)] out InsuranceType? type) => _byCode.TryGetValue(code, out type);

    /// <summary>Every problem with a selection of 险种: none chosen, or codes this service does not offer.</summary>
    public IReadOnlyList<DomainError> Check(IReadOnlyCollection<string> codes)
    {
        if (codes.Count == 0)
        {
            return [new DomainError("InsuranceType.NoneSelected", "请至少选择一个险种", "Select at least one insurance type.")];
        }

        return codes
            .Where(code => !_byCode.ContainsKey(code))
            .Select(code => new DomainError(
                "InsuranceType.NotOffered", $"险种 {code} 不可办理", $"Insurance type {code} is not offered."))
            .ToList();
    }
}
