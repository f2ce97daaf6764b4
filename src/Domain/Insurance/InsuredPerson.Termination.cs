using SocialInsurance.Domain.Reference;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Insurance;

public sealed partial class InsuredPerson
{
    /// <summary>Why the record ended, when it is <see cref="InsuredStatus.Terminated"/>.</summary>
    public SuspensionReason? TerminationReason => Status == InsuredStatus.Terminated
        ? _history.LastOrDefault(h => h.Kind == StatusChangeKind.Terminated)?.Reason
        : null;

    /// <summary>
    /// Death (死亡) and settling abroad (出国（境）定居) end the record rather than pause it (DOMAIN-SOURCES §4.2):
    /// every 险种 stops, whichever were ticked, and no 续保 can bring it back. Allowed from Active and from Suspended
    /// (a suspended person can die too). Raises <see cref="CoverageSuspended"/> with the Terminated status, so billing
    /// stops exactly as for a suspension.
    /// </summary>
    private void Terminate(SuspensionReason reason, YearMonth from)
    {
        if (Status is not (InsuredStatus.Active or InsuredStatus.Suspended))
        {
            throw new DomainException(new DomainError(
                "Insured.NotActive", "当前没有可终止的参保记录", $"Expected an active or suspended record to end, but the record is {Status}."));
        }

        var live = _coverages.Where(c => c.Status != CoverageStatus.Terminated).ToList();
        if (live.Any(c => c.Status == CoverageStatus.Active && from < c.Since))
        {
            throw new DomainException(SuspensionErrors.BeforeCoverageBegan(live.Max(c => c.Since)));
        }

        foreach (var coverage in live)
        {
            coverage.MoveTo(CoverageStatus.Terminated, from);
        }

        var codes = live.Select(c => c.InsuranceTypeCode).ToList();
        Record(from, StatusChangeKind.Terminated, InsuredStatus.Terminated, codes, reason);
        Raise(new CoverageSuspended(Id, reason, codes, from, InsuredStatus.Terminated));
    }
}
