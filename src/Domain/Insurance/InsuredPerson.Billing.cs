namespace SocialInsurance.Domain.Insurance;

/// <summary>Counted months that billing takes back.</summary>
public sealed partial class InsuredPerson
{
    /// <summary>Paid months refunded after a 停保 inside their period (<c>SuspensionBilling</c>) stop counting.</summary>
    public void WithdrawRefundedMonths(int months)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(months);
        FlexibleMonths = Math.Max(0, FlexibleMonths - months);
    }
}
