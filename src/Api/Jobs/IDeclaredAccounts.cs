using SocialInsurance.Domain.Applications;

namespace SocialInsurance.Api.Jobs;

/// <summary>
/// The bank accounts declared by the cases that wait for a deduction agreement, by the applicant's ID number: the
/// agreement must be for that account (DOMAIN-SOURCES §6.2), not any card the person signed.
/// </summary>
public interface IDeclaredAccounts
{
    /// <summary>Upper-cased ID number → the approved applications declaring an account; absent: no declaration to match.</summary>
    Task<ILookup<string, Application>> WaitingForAgreementAsync(IReadOnlyCollection<string> idNumbers, CancellationToken ct);
}

/// <summary>For an engine without the case tables (a bare process waiting for the message): nothing to match.</summary>
internal sealed class NoDeclaredAccounts : IDeclaredAccounts
{
    public Task<ILookup<string, Application>> WaitingForAgreementAsync(IReadOnlyCollection<string> idNumbers, CancellationToken ct) =>
        Task.FromResult(Array.Empty<Application>().ToLookup(a => a.Applicant.Value));
}
