using System.Globalization;

namespace SocialInsurance.TaxBureau;

/// <summary>The <c>yyyy-MM</c> period key of the wire format; kept as text because that is what the bureau speaks.</summary>
public static class ContributionMonth
{
    public static bool IsValid(string? period) =>
        period is { Length: 7 }
        && DateTime.TryParseExact(period, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
        && month.Year >= 1990;
}
