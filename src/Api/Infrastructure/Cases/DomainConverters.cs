using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.Reference;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Api.Infrastructure.Cases;

/// <summary>
/// Value objects to columns and back through their own factories, so a stored value passes the same checks as a
/// typed one and a corrupted row fails loudly instead of producing an impossible object.
/// </summary>
internal static class DomainConverters
{
    public static readonly ValueConverter<ResidentIdNumber, string> ResidentId =
        new(id => id.Value, text => ResidentIdNumber.Create(text));

    public static readonly ValueConverter<RegionCode, string> Region =
        new(code => code.Value, text => RegionCode.Create(text));

    public static readonly ValueConverter<ContributionBase, decimal> Base =
        new(value => value.Monthly.Yuan, yuan => ContributionBase.Create(yuan));

    public static readonly ValueConverter<YearMonth, string> Month =
        new(month => month.ToString(), text => YearMonth.Parse(text));

    /// <summary><c>2026-01..2026-03</c>; a one-month period is stored the same way so parsing has one shape.</summary>
    public static readonly ValueConverter<BillingPeriod, string> Period =
        new(period => period.Start + ".." + period.End, text => ParsePeriod(text));

    public static readonly ValueConverter<ContributionAmount, string> Amount =
        new(amount => FormatAmount(amount), text => ParseAmount(text));

    private static BillingPeriod ParsePeriod(string text)
    {
        var parts = text.Split("..");
        return BillingPeriod.Of(YearMonth.Parse(parts[0]), YearMonth.Parse(parts[1]));
    }

    private static string FormatAmount(ContributionAmount amount) => string.Join(
        ';',
        amount.Monthly.Yuan.ToString(CultureInfo.InvariantCulture),
        amount.Months.ToString(CultureInfo.InvariantCulture),
        amount.Total.Yuan.ToString(CultureInfo.InvariantCulture),
        amount.PersonalAccount.Yuan.ToString(CultureInfo.InvariantCulture),
        amount.Pooled.Yuan.ToString(CultureInfo.InvariantCulture));

    private static ContributionAmount ParseAmount(string text)
    {
        var parts = text.Split(';');
        Money Yuan(int i) => Money.FromYuan(decimal.Parse(parts[i], CultureInfo.InvariantCulture));
        return new ContributionAmount(Yuan(0), int.Parse(parts[1], CultureInfo.InvariantCulture), Yuan(2), Yuan(3), Yuan(4));
    }
}
