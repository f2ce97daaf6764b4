namespace SocialInsurance.Domain.Contributions;

/// <summary>Length and names of each <see cref="PaymentFrequency"/>.</summary>
public static class PaymentFrequencies
{
    public static int MonthsPerPeriod(this PaymentFrequency frequency) => frequency switch
    {
        PaymentFrequency.Monthly => 1,
        PaymentFrequency.Quarterly => 3,
        PaymentFrequency.HalfYearly => 6,
        PaymentFrequency.Yearly => 12,
        _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, "Unknown payment frequency."),
    };

    public static string NameZh(this PaymentFrequency frequency) => frequency switch
    {
        PaymentFrequency.Monthly => "按月",
        PaymentFrequency.Quarterly => "按季",
        PaymentFrequency.HalfYearly => "按半年",
        PaymentFrequency.Yearly => "按年",
        _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, "Unknown payment frequency."),
    };

    public static string NameEn(this PaymentFrequency frequency) => frequency switch
    {
        PaymentFrequency.Monthly => "Monthly",
        PaymentFrequency.Quarterly => "Quarterly",
        PaymentFrequency.HalfYearly => "Half-yearly",
        PaymentFrequency.Yearly => "Yearly",
        _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, "Unknown payment frequency."),
    };

    public static bool IsDefined(this PaymentFrequency frequency) => Enum.IsDefined(frequency);
}
