using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Features.Applications;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Domain.Applications;

namespace SocialInsurance.Api.Features.Tasks;

/// <summary>What a reviewer recognises a case by in a list: its case number, the applicant's name and the service.</summary>
public sealed record CaseLabel(string CaseNumber, string ApplicantName, string ApplicationType);

/// <summary>
/// Looks up the case behind each task's business key (the application id the process was started with), one query
/// per table for a whole inbox page. Tasks of processes that are not applications simply get no label.
/// </summary>
public sealed class CaseLabels(ApplicantDatabase applicantDatabase, CasesDbContextFactory cases)
{
    public async Task<IReadOnlyDictionary<string, CaseLabel>> ForAsync(IEnumerable<string?> businessKeys, CancellationToken ct) =>
        (await LoadAsync(businessKeys, ct)).ToDictionary(c => c.Application.Id.ToString(), c => c.Label, StringComparer.OrdinalIgnoreCase);

    /// <summary>One task's case with its aggregate and applicant-side record, for the task detail (its materials and case view come from the same read).</summary>
    public async Task<(CaseLabel Label, Application Application, ApplicationRecord Record)?> CaseOfAsync(string? businessKey, CancellationToken ct) =>
        (await LoadAsync([businessKey], ct)) is [var found] ? found : null;

    private async Task<IReadOnlyList<(CaseLabel Label, Application Application, ApplicationRecord Record)>> LoadAsync(IEnumerable<string?> businessKeys, CancellationToken ct)
    {
        var ids = businessKeys.Select(k => Guid.TryParse(k, out var id) ? id : (Guid?)null).OfType<Guid>().Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        await using var applicant = await applicantDatabase.OpenAsync(ct);
        var records = await applicant.ApplicationRecords.AsNoTracking().Where(r => ids.Contains(r.ApplicationId)).ToListAsync(ct);
        if (records.Count == 0)
        {
            return [];
        }

        await using var caseDb = cases.Create();
        var recordIds = records.Select(r => r.ApplicationId).ToList();
        var applications = await caseDb.Applications.AsNoTracking().Where(a => recordIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        return [.. records.Where(r => applications.ContainsKey(r.ApplicationId)).Select(r => Labelled(r, applications[r.ApplicationId]))];

        static (CaseLabel, Application, ApplicationRecord) Labelled(ApplicationRecord record, Application application) =>
            (new CaseLabel(record.CaseNumber, application.ApplicantName, application.Type.ToString()), application, record);
    }
}
