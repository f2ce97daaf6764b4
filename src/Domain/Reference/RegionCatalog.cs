using System.Diagnostics.CodeAnalysis;

using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Reference;

/// <summary>
/// The regions applicants may choose. Built from configuration; <see cref="DefaultRegions"/> are the 14
/// prefecture-level units of the autonomous region (DOMAIN-SOURCES §7). The 兵团 cities under 6590 run their own
/// pension pooling (§1.12), so they are left out unless a deployment adds them.
/// </summary>
public sealed class RegionCatalog
{
    private readonly Dictionary<string, Region> _byCode;

    public RegionCatalog(IEnumerable<Region> regions)
    {
        _byCode = [];
        foreach (var region in regions)
        {
            if (!_byCode.TryAdd(region.Code.Value, region))
            {
                throw new DomainException(new DomainError(
                    "RegionCatalog.Duplicate",
                    $"参保统筹区 {region.Code} 重复",
                    $"Expected each region code once, but {region.Code} appears twice."));
            }
        }
    }

    public static IReadOnlyList<Region> DefaultRegions { get; } =
    [
        Make("6501", "乌鲁木齐市", "Urumqi"),
        Make("6502", "克拉玛依市", "Karamay"),
        Make("6504", "吐鲁番市", "Turpan"),
        Make("6505", "哈密市", "Hami"),
        Make("6523", "昌吉回族自治州", "Changji Hui Autonomous Prefecture"),
        Make("6527", "博尔塔拉蒙古自治州", "Bortala Mongol Autonomous Prefecture"),
        Make("6528", "巴音郭楞蒙古自治州", "Bayingolin Mongol Autonomous Prefecture"),
        Make("6529", "阿克苏地区", "Aksu Prefecture"),
        Make("6530", "克孜勒苏柯尔克孜自治州", "Kizilsu Kirghiz Autonomous Prefecture"),
        Make("6531", "喀什地区", "Kashgar Prefecture"),
        Make("6532", "和田地区", "Hotan Prefecture"),
        Make("6540", "伊犁哈萨克自治州", "Ili Kazakh Autonomous Prefecture"),
        Make("6542", "塔城地区", "Tacheng Prefecture"),
        Make("6543", "阿勒泰地区", "Altay Prefecture"),
    ];

    public static RegionCatalog Default { get; } = new(DefaultRegions);

    public IReadOnlyCollection<Region> All => _byCode.Values;

    public bool TryFind(RegionCode code, [NotNullWhen(true)] out Region? region) =>
        _byCode.TryGetValue(code.Value, out region);

    /// <summary>Null when the region is offered; otherwise the error to show the applicant.</summary>
    public DomainError? Check(RegionCode code) =>
        _byCode.ContainsKey(code.Value)
            ? null
            : new DomainError(
                "Region.NotOffered",
                $"参保统筹区 {code} 不在可选范围内",
                $"Region {code} is not one of the regions this service offers.");

    private static Region Make(string code, string zh, string en) => new(RegionCode.Create(code), zh, en);
}
