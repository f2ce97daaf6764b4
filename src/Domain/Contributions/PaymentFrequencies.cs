namespace SocialInsurance.Domain.Contributions;

/// <summary>Length and names of each <see cref="PaymentFrequency"/>.</summary>
public static class PaymentFrequencies
{
    public static int MonthsPerPeriod(this PaymentFrequency frequency) => Of(frequency).Months;

    public static string NameZh(this PaymentFrequency frequency) => Of(frequency).Zh;

    public static string NameEn(this PaymentFrequency frequency) => Of(frequency).En;

    public static bool IsDefined(this PaymentFrequency frequency) => Enum.IsDefined(frequency);

    // One row a frequency: its length and both names cannot drift apart.
    private static (int Months, string Zh, string En) Of(PaymentFrequency frequency) => frequency switch
    {
        PaymentFrequency.Monthly => (1, "按月", "Monthly"),
        PaymentFrequency.Quarterly => (3, "按季", "Quarterly"),
        PaymentFrequency.HalfYearly => (6, "按半年", "Half-yearly"),
        PaymentFrequency.Yearly => (12, "按年", "Yearly"),
        _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, "Unknown payment frequency."),
    };
}
