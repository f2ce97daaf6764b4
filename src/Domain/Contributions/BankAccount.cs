using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Contributions;

/// <summary>
/// The debit card the tax bureau deducts from. The 税银协议 must use the payer's own account: the holder's name
/// must equal the payer's name (DOMAIN-SOURCES §6.2), so an account is only built against the applicant's name.
/// </summary>
public sealed record BankAccount
{
    private BankAccount(string number, string holderName)
    {
        Number = number;
        HolderName = holderName;
    }

    public string Number { get; }

    public string HolderName { get; }

    public string Masked => string.Concat(Number.AsSpan(0, 4), new string('*', Number.Length - 8), Number.AsSpan(Number.Length - 4));

    /// <summary>Every problem with the account; the account is null unless the list is empty.</summary>
    public static IReadOnlyList<DomainError> TryCreate(string? number, string? holderName, string applicantName, out BankAccount? account)
    {
        account = null;
        var errors = new List<DomainError>();
        var digits = (number ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (digits.Length is < 16 or > 19 || !digits.All(char.IsAsciiDigit))
        {
            errors.Add(new DomainError("BankAccount.Number", "银行账号应为 16 至 19 位数字", "A bank account number has 16 to 19 digits."));
        }

        var holder = PersonName.Normalise(holderName);
        if (holder.Length == 0)
        {
            errors.Add(new DomainError("BankAccount.HolderMissing", "请填写持卡人姓名", "Enter the card holder's name."));
        }
        else if (holder != PersonName.Normalise(applicantName))
        {
            errors.Add(new DomainError(
                "BankAccount.HolderMismatch", "持卡人姓名须与参保人姓名一致", "The card holder's name must be the applicant's own name."));
        }

        if (errors.Count == 0)
        {
            account = new BankAccount(digits, holder);
        }

        return errors;
    }

    public static BankAccount Create(string number, string holderName, string applicantName)
    {
        var errors = TryCreate(number, holderName, applicantName, out var account);
        return account ?? throw new DomainException(errors);
    }

    public override string ToString() => Masked;
}
