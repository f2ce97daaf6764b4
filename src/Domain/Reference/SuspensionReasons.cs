using System.Diagnostics.CodeAnalysis;

namespace SocialInsurance.Domain.Reference;

/// <summary>Codes and names of the suspension reasons; the codes are this service's own (see <see cref="SuspensionReason"/>).</summary>
public static class SuspensionReasons
{
    public static IReadOnlyList<SuspensionReasonInfo> All { get; } =
    [
        new(SuspensionReason.EmployedByUnit, "01", "单位就业", "Employed by a unit"),
        new(SuspensionReason.PersonalPause, "02", "个人申请暂停缴费", "Personal request to pause contributions"),
        new(SuspensionReason.TransferToResidentScheme, "03", "转入城乡居民养老保险", "Transfer to the urban and rural residents' scheme"),
        new(SuspensionReason.EmigratedAbroad, "04", "出国（境）定居", "Settled abroad"),
        new(SuspensionReason.Deceased, "05", "死亡", "Deceased"),
        new(SuspensionReason.Other, "99", "其他", "Other"),
    ];

    public static SuspensionReasonInfo Describe(SuspensionReason reason) => All.Single(info => info.Reason == reason);

    public static bool TryFromCode(string code, [NotNullWhen(true)] out SuspensionReasonInfo? info)
    {
        info = All.FirstOrDefault(candidate => candidate.Code == code);
        return info is not null;
    }
}
