using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Insurance;

/// <summary>Errors of 停保 shared by the person aggregate and the rules that check an application.</summary>
public static class SuspensionErrors
{
    public static DomainError InsuranceTypeNotActive { get; } = new(
        "Suspension.InsuranceTypeNotActive",
        "只能勾选处于正常参保状态的险种",
        "Only insurance types that are currently active can be suspended.");

    public static DomainError BeforeCoverageBegan(YearMonth began) => new(
        "Suspension.BeforeEnrollment",
        $"停保月份不能早于参保开始月份 {began}",
        $"The suspension month cannot be before coverage began ({began}).");
}
