using System.Diagnostics.CodeAnalysis;

using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Contributions;

/// <summary>
/// 缴费工资 / 缴费基数: the monthly wage the applicant declares, on which 20% is due. Only positivity is checked
/// here; whether it lies within a year's limits is the policy year's rule (<c>PolicyYear.CheckBase</c>), because the
/// limits change every year.
/// </summary>
public sealed record ContributionBase
{
    private ContributionBase(Money monthly) => Monthly = monthly;

    public Money Monthly { get; }

    public static bool TryCreate(Money monthly, [NotNullWhen(true)] out ContributionBase? value, [NotNullWhen(false)] out DomainError? error)
    {
        if (monthly <= Money.Zero)
        {
            value = null;
            error = new DomainError("ContributionBase.NotPositive", "缴费基数必须大于零", "The contribution base must be greater than zero.");
            return false;
        }

        value = new ContributionBase(monthly);
        error = null;
        return true;
    }

    public static bool TryCreate(string? text, [NotNullWhen(true)] out ContributionBase? value, [NotNullWhen(false)] out DomainError? error)
    {
        if (!Money.TryCreate(text, out var monthly, out error))
        {
            value = null;
            return false;
        }

        return TryCreate(monthly, out value, out error);
    }

    public static ContributionBase Create(decimal monthlyYuan) =>
        TryCreate(Money.FromYuan(monthlyYuan), out var value, out var error) ? value : throw new DomainException(error);

    public override string ToString() => Monthly.ToString();
}
