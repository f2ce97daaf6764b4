using SocialInsurance.Domain.Reference;

namespace SocialInsurance.Domain.Insurance;

/// <summary>The 停保 reasons that end a record for good (DOMAIN-SOURCES §4.2: 死亡, 出国（境）定居).</summary>
public static class TerminalReasons
{
    public static bool EndsTheRecord(this SuspensionReason reason) =>
        reason is SuspensionReason.Deceased or SuspensionReason.EmigratedAbroad;
}
