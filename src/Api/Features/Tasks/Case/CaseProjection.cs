using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Features.Applications;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Infrastructure.PolicyData;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.SeedWork;
using SocialInsurance.Workflows.Runtime;
using SocialInsurance.Api.Processes;

namespace SocialInsurance.Api.Features.Tasks.Case;

/// <summary>
/// Builds the <see cref="CaseView"/> of a task's application: reads the person, their periods and other cases, the
/// policy of the current year (China time), the employer months the national registry reported at validation (a
/// former employee's months count before registration credits them) and the journal
/// of every instance of the case (a case started again keeps its earlier rounds).
/// </summary>
public sealed class CaseProjection(
    CasesDbContextFactory cases,
    ApplicantDatabase applicantDatabase,
    PolicyTables policies,
    CaseTerms terms,
    IWorkflowQueries queries,
    TimeProvider time)
{
    public async Task<CaseView> BuildAsync(Application application, ApplicationRecord record, JsonObject variables, CancellationToken ct)
    {
        await using var db = cases.Create();
        var person = await db.InsuredPersons.AsNoTracking().FirstOrDefaultAsync(p => p.IdNumber == application.Applicant, ct);
        var periods = person is null ? [] : await db.ContributionPeriods.AsNoTracking().Where(p => p.PersonId == person.Id).ToListAsync(ct);
        var others = await db.Applications.AsNoTracking()
            .Where(a => a.Applicant == application.Applicant && a.Id != application.Id)
            .ToListAsync(ct);
        var otherCases = await WithRecordsAsync(others, ct);

        var today = ChinaTime.Today(time);
        var lookup = (await policies.CurrentAsync(ct)).For(today.Year);
        var journal = new List<Workflows.Execution.Journal.JournalEntry>();
        foreach (var instance in await queries.InstancesByBusinessKeyAsync(application.Id.ToString("D"), ct))
        {
            journal.AddRange(await queries.JournalAsync(instance.Id, ct));
        }

        // What the validation step heard from the registry, recorded in the case: opening a case never calls the
        // registry again (a slow registry would stall every review). Absent on instances validated before it existed.
        int? registryMonths = variables[CaseProcess.Variables.RegistryEmployerMonths] is JsonValue recorded && recorded.TryGetValue<int>(out var months) ? months : null;

        var rounds = ReviewRounds.From(journal);
        return new CaseView(
            application.Id,
            record.CaseNumber,
            CaseTerms.Of(application.Type),
            CaseTerms.Of(application.Status),
            application.SubmittedAt,
            DeclarationProjection.For(application, record, person, lookup, terms),
            PersonProjection.For(application, person, periods, otherCases, lookup.Policy, today, terms, registryMonths),
            CaseChecks.From(variables),
            rounds,
            ReviewRounds.SinceLast(rounds, application),
            ChoicesFor(application));
    }

    /// <summary>A supplement can only ask for materials the type has: 续保 and 停保 have none, so they are approved or rejected.</summary>
    public static ReviewChoices ChoicesFor(Application application)
    {
        var materials = application.Details.RequiredMaterials;
        IReadOnlyList<string> decisions = materials.Count > 0 ? ["approve", "reject", "supplement"] : ["approve", "reject"];
        return new ReviewChoices([.. decisions.Select(CaseTerms.Decision)], [.. materials.Select(CaseTerms.Of)]);
    }

    private async Task<IReadOnlyList<(Application, ApplicationRecord?)>> WithRecordsAsync(List<Application> others, CancellationToken ct)
    {
        if (others.Count == 0)
        {
            return [];
        }

        var ids = others.Select(a => a.Id).ToList();
        await using var applicant = await applicantDatabase.OpenAsync(ct);
        var records = await applicant.ApplicationRecords.AsNoTracking().Where(r => ids.Contains(r.ApplicationId)).ToDictionaryAsync(r => r.ApplicationId, ct);
        return [.. others.Select(a => (a, records.GetValueOrDefault(a.Id)))];
    }
}
