using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Applications;

/// <summary>
/// The account the deduction agreement (税银协议) must be signed for: the one declared in the case. An approved
/// 新参保 or 续保 waits for that agreement; until it arrives the applicant may change the declared account instead of
/// signing for the declared one (DOMAIN-SOURCES §6.2: one valid agreement per person, the payer's own card).
/// </summary>
public sealed partial class Application
{
    /// <summary>The declared debit card of a 新参保 or 续保; null for a 停保, which declares none.</summary>
    public BankAccount? DeclaredAccount => Details switch
    {
        NewEnrollmentDetails enrollment => enrollment.BankAccount,
        ResumptionDetails resumption => resumption.BankAccount,
        _ => null,
    };

    /// <summary>
    /// Whether a signed agreement on <paramref name="accountNumber"/> is for the declared account. The tax bureau
    /// discloses only the masked number (first four and last four digits, and the length — ITaxBureauGateway), so a
    /// masked number is compared by that shape; a full number is compared digit for digit.
    /// </summary>
    public bool IsDeclaredAccount(string? accountNumber)
    {
        var number = accountNumber?.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (DeclaredAccount is not { } declared || string.IsNullOrEmpty(number))
        {
            return false;
        }

        return number.Contains('*', StringComparison.Ordinal)
            ? string.Equals(declared.Masked, number, StringComparison.Ordinal)
            : string.Equals(declared.Number, number, StringComparison.Ordinal);
    }

    /// <summary>Replaces the declared bank while the approved case waits for its agreement; the caller checks the wait.</summary>
    public void ChangeDeclaredAccount(string bankCategoryCode, BankAccount account)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(bankCategoryCode);
        if (Status != ApplicationStatus.Approved || DeclaredAccount is null)
        {
            throw new DomainException(new DomainError(
                "Application.CannotChangeAccount",
                "只有已批准、等待签订扣款协议的新参保或续保申请才能修改银行账户",
                $"Expected an approved enrollment or resumption waiting for its agreement, but this {Type} application is {Status}."));
        }

        Details = Details switch
        {
            NewEnrollmentDetails enrollment => enrollment with { BankCategoryCode = bankCategoryCode, BankAccount = account },
            ResumptionDetails resumption => resumption with { BankCategoryCode = bankCategoryCode, BankAccount = account },
            _ => Details,
        };
    }
}
