namespace SocialInsurance.TaxBureau.Simulation;

/// <summary>The same shape as the domain's BankAccount.Masked (first four, last four), so screens look alike.</summary>
internal static class AccountMask
{
    public static string Mask(string number) =>
        number.Length <= 8
            ? new string('*', number.Length)
            : string.Concat(number.AsSpan(0, 4), new string('*', number.Length - 8), number.AsSpan(number.Length - 4));
}
