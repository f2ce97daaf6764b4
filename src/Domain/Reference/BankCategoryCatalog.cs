using System.Diagnostics.CodeAnalysis;

using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Reference;

/// <summary>
/// The bank categories offered when binding a deduction card. Which banks 新疆税务 accepts is an open question
/// (DOMAIN-SOURCES open question 7), so the list is configuration; the default holds the national banks whose
/// CNAPS category codes are well known, plus the two local institutions most Xinjiang applicants use.
/// </summary>
public sealed class BankCategoryCatalog
{
    private readonly Dictionary<string, BankCategory> _byCode;

    public BankCategoryCatalog(IEnumerable<BankCategory> categories)
    {
        _byCode = [];
        foreach (var category in categories)
        {
            if (!_byCode.TryAdd(category.Code, category))
            {
                throw new DomainException(new DomainError(
                    "BankCategoryCatalog.Duplicate",
                    $"银行类别 {category.Code} 重复",
                    $"Expected each bank category once, but {category.Code} appears twice."));
            }
        }
    }

    public static IReadOnlyList<BankCategory> DefaultCategories { get; } =
    [
        new("ICBC", "102", "中国工商银行", "Industrial and Commercial Bank of China"),
        new("ABC", "103", "中国农业银行", "Agricultural Bank of China"),
        new("BOC", "104", "中国银行", "Bank of China"),
        new("CCB", "105", "中国建设银行", "China Construction Bank"),
        new("BOCOM", "301", "交通银行", "Bank of Communications"),
        new("CMB", "308", "招商银行", "China Merchants Bank"),
        new("PSBC", "403", "中国邮政储蓄银行", "Postal Savings Bank of China"),
        new(
            "XJRCC",
            "402",
            "新疆农村信用社",
            "Xinjiang rural credit cooperatives",
            CnapsCodeIsShared: true,
            Note: "402 is the category of all rural credit cooperatives; the institution's own CNAPS code is not verified."),
        new(
            "URUMQIBANK",
            "313",
            "乌鲁木齐银行",
            "Bank of Urumqi",
            CnapsCodeIsShared: true,
            Note: "313 is the category of all city commercial banks; the bank's own CNAPS code is not verified."),
    ];

    public static BankCategoryCatalog Default { get; } = new(DefaultCategories);

    public IReadOnlyCollection<BankCategory> All => _byCode.Values;

    public bool TryFind(string code, [NotNullWhen(true)] out BankCategory? category) =>
        _byCode.TryGetValue(code, out category);

    public DomainError? Check(string code) =>
        _byCode.ContainsKey(code)
            ? null
            : new DomainError(
                "BankCategory.NotOffered", $"银行类别 {code} 不可选择", $"Bank category {code} is not offered.");
}
