namespace SocialInsurance.Api.Jobs;

/// <summary>
/// The bank accounts declared by the cases that wait for a deduction agreement, by the applicant's ID number: the
/// agreement must be for that account (DOMAIN-SOURCES §6.2), not any card the person signed.
/// </summary>
public interface IDeclaredAccounts
{
    /// <summary>Upper-cased ID number → the declared account numbers; a person absent here has no declaration to match.</summary>
    Task<ILookup<string, string>> WaitingForAgreementAsync(IReadOnlyCollection<string> idNumbers, CancellationToken ct);
}

/// <summary>For an engine without the case tables (a bare process waiting for the message): nothing to match.</summary>
internal sealed class NoDeclaredAccounts : IDeclaredAccounts
{
    public Task<ILookup<string, string>> WaitingForAgreementAsync(IReadOnlyCollection<string> idNumbers, CancellationToken ct) =>
        Task.FromResult(Array.Empty<(string, string)>().ToLookup(p => p.Item1, p => p.Item2));
}
