using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Infrastructure.Persistence;
using SocialInsurance.Api.Processes;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.SeedWork;
using SocialInsurance.Workflows.Activities;

namespace SocialInsurance.Api.ServiceTasks;

/// <summary>
/// One run of an <see cref="InsuranceStep{TDetails}"/>: the approved application and its details, the context on the
/// step's transaction, and what two or three of the registering steps do with the applicant's record.
/// </summary>
public sealed class Registration<TDetails>(CaseServiceDbContext db, Application application, TDetails details, ActivityContext context)
    where TDetails : ApplicationDetails
{
    public CaseServiceDbContext Db => db;

    public Application Application => application;

    public TDetails Details => details;

    public ActivityContext Context => context;

    public CancellationToken CancellationToken => context.CancellationToken;

    /// <summary>The business month the step runs in: a registration takes effect from it.</summary>
    public YearMonth Month => ChinaTime.ToBusinessMonth(context.Now);

    /// <summary>The applicant's record, or null when the fund has none.</summary>
    public Task<InsuredPerson?> PersonAsync() => CaseStep.PersonAsync(db, application.Applicant, CancellationToken);

    /// <summary>The applicant's record, or a new one (not insured yet) for someone the fund has no record of.</summary>
    public async Task<InsuredPerson> PersonOrNewAsync()
    {
        var person = await PersonAsync();
        if (person is null)
        {
            person = new InsuredPerson(Guid.CreateVersion7(), application.Applicant, application.ApplicantName);
            db.InsuredPersons.Add(person);
        }

        return person;
    }

    /// <summary>
    /// The employer months the national registry reported when the case was validated (<c>registryEmployerMonths</c>),
    /// credited now that the registration takes effect, so 累计缴费 and the shortfall count them from here on.
    /// </summary>
    public void CreditRegistryEmployerMonths(InsuredPerson person)
    {
        if (context.Get(CaseProcess.Variables.RegistryEmployerMonths) is JsonValue value && value.TryGetValue<int>(out var months) && months > 0)
        {
            person.SyncEmployerMonths(months);
        }
    }

    /// <summary>
    /// The person's deduction agreement record, created NotSigned on registration so the agreement poller has a row to
    /// update when the tax bureau reports the signature.
    /// </summary>
    public async Task EnsureAgreementAsync(InsuredPerson person)
    {
        if (!await db.DeductionAgreements.AnyAsync(a => a.PersonId == person.Id, CancellationToken))
        {
            db.DeductionAgreements.Add(new DeductionAgreement(Guid.CreateVersion7(), person.Id, person.Name));
        }
    }
}
