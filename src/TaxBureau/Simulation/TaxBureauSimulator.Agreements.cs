using System.Text.RegularExpressions;

namespace SocialInsurance.TaxBureau.Simulation;

public sealed partial class TaxBureauSimulator
{
    /// <summary>
    /// Signs on the applicant's behalf, as the bank's real-time check would accept or refuse it. Signing again while
    /// an agreement is valid replaces it: the bureau keeps one valid agreement per person (§6.2), and a person who
    /// changes card signs anew rather than first revoking. The agreement takes effect at once (the bank has
    /// validated it); the 次日生效 that one platform reports is not simulated.
    /// </summary>
    public async Task<SignAgreementResult> SignAgreementAsync(
        string idNumber, string name, string bankCode, string accountNumber, string accountName, CancellationToken ct = default)
    {
        var id = NormaliseId(idNumber);
        var account = DigitsOnly(accountNumber);
        var personName = NormaliseName(name);
        var holderName = NormaliseName(accountName);
        var errors = Validate(id, personName, bankCode, account, holderName);
        if (errors.Count > 0)
        {
            return SignAgreementResult.Invalid(errors);
        }

        var agreement = new StoredAgreement(
            id, personName, bankCode.Trim(), account, holderName, AgreementState.Signed, _time.GetUtcNow(), null);
        await _writeLock.WaitAsync(ct);
        try
        {
            await using var connection = await _store.OpenAsync(ct);
            await using var transaction = await _store.BeginWriteAsync(connection, ct);
            await _store.SaveAgreementAsync(connection, transaction, agreement, ct);
            await CommitAsync(transaction);
        }
        finally
        {
            _writeLock.Release();
        }

        return SignAgreementResult.Signed(agreement.ToStatus());
    }

    /// <summary>After revocation the agreement can no longer be used for batch deduction (§6.3).</summary>
    public async Task<RevokeAgreementResult> RevokeAgreementAsync(string idNumber, CancellationToken ct = default)
    {
        var id = NormaliseId(idNumber);
        await _writeLock.WaitAsync(ct);
        try
        {
            await using var connection = await _store.OpenAsync(ct);
            await using var transaction = await _store.BeginWriteAsync(connection, ct);
            var found = await _store.FindAgreementsAsync(connection, transaction, [id], ct);
            if (!found.TryGetValue(id, out var current) || current.State != AgreementState.Signed)
            {
                return new RevokeAgreementResult(RevokeAgreementOutcome.NoValidAgreement, current?.ToStatus() ?? AgreementStatus.NotSigned(id));
            }

            var revoked = current with { State = AgreementState.Revoked, RevokedAt = _time.GetUtcNow() };
            await _store.SaveAgreementAsync(connection, transaction, revoked, ct);
            await CommitAsync(transaction);
            return new RevokeAgreementResult(RevokeAgreementOutcome.Revoked, revoked.ToStatus());
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>One status per distinct ID number, in the order asked; unknown people are NotSigned.</summary>
    public async Task<IReadOnlyList<AgreementStatus>> GetAgreementStatusesAsync(IEnumerable<string> idNumbers, CancellationToken ct = default)
    {
        var ids = idNumbers.Select(NormaliseId).Distinct(StringComparer.Ordinal).ToList();
        await using var connection = await _store.OpenAsync(ct);
        var found = await _store.FindAgreementsAsync(connection, null, ids, ct);
        return ids.Select(id => found.TryGetValue(id, out var agreement) ? agreement.ToStatus() : AgreementStatus.NotSigned(id)).ToList();
    }

    private static List<SimulatorError> Validate(string idNumber, string personName, string? bankCode, string account, string holderName)
    {
        var errors = new List<SimulatorError>();
        if (!IdNumberShape().IsMatch(idNumber))
        {
            errors.Add(new SimulatorError("Agreement.IdNumber", "身份证号码格式不正确", "The ID number must have 18 characters."));
        }

        if (string.IsNullOrWhiteSpace(bankCode))
        {
            errors.Add(new SimulatorError("Agreement.BankCode", "请选择开户银行", "Choose the bank of the card."));
        }

        if (account.Length is < 16 or > 19 || !account.All(char.IsAsciiDigit))
        {
            errors.Add(new SimulatorError("Agreement.AccountNumber", "银行账号应为 16 至 19 位数字", "A bank account number has 16 to 19 digits."));
        }

        if (personName.Length == 0 || holderName.Length == 0)
        {
            errors.Add(new SimulatorError("Agreement.NameMissing", "请填写缴费人姓名和持卡人姓名", "Enter the payer's name and the card holder's name."));
        }
        else if (!string.Equals(personName, holderName, StringComparison.Ordinal))
        {
            errors.Add(new SimulatorError(
                "Agreement.HolderMismatch", "持卡人姓名须与缴费人姓名一致，请使用本人银行卡", "The card must be the payer's own: the holder's name must equal the payer's name."));
        }

        return errors;
    }

    /// <summary>As the domain's PersonName: bank and ID cards print the middle dot of 买买提·艾力 in several variants.</summary>
    private static string NormaliseName(string? name) =>
        (name ?? string.Empty).Trim().Replace('•', '·').Replace('．', '·').Replace('.', '·').Replace('・', '·');

    [GeneratedRegex("^[0-9]{17}[0-9X]$")]
    private static partial Regex IdNumberShape();
}
