using SocialInsurance.Api.Infrastructure.Persistence;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Workflows.Activities;
using SocialInsurance.Api.Processes;

namespace SocialInsurance.Api.ServiceTasks;

/// <summary>
/// The frame of the three registering steps (新参保, 续保, 停保): a context on the step's transaction, the approved
/// application of the step's type, the step's own change to the person's record (<see cref="ApplyAsync"/>), one save,
/// and the record as the step's answer. The helpers below are what two or three of the steps share.
/// </summary>
public abstract class InsuranceStep<TDetails>(CasesDbContextFactory contexts) : IActivityHandler
    where TDetails : ApplicationDetails
{
    public abstract ActivityDescriptor Descriptor { get; }

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        await using var db = await contexts.CreateAsync(context.Transaction, context.CancellationToken);
        var (application, details) = await ApprovedAsync(db, context);
        var person = await ApplyAsync(db, application, details, context);
        await db.SaveChangesAsync(context.CancellationToken);
        return Registered(person);
    }

    /// <summary>
    /// Applies the approval to the applicant's record and returns the record. A record that already is exactly what
    /// this approval registers is the step's own earlier run (a re-delivered job) and is left as it is; any other
    /// record the approval cannot apply to throws (<see cref="StateChanged"/>), so the step fails into an incident.
    /// </summary>
    protected abstract Task<InsuredPerson> ApplyAsync(CaseServiceDbContext db, Application application, TDetails details, ActivityContext context);

    /// <summary>
    /// A registering step's descriptor: the application in, the person's record out (<c>personId</c>, which the
    /// contract reads as written by the process's insurance step).
    /// </summary>
    protected static ActivityDescriptor Describe(string topic, string nameZh, string nameEn, string description) =>
        new(topic, nameZh, nameEn, description)
        {
            Inputs = [CaseStep.ApplicationIdInput],
            Outputs = [new(CaseProcess.Variables.PersonId, "参保人编号 Person id", "the insured person's record")],
        };

    /// <summary>The step's answer: the record it registered.</summary>
    private static ActivityResult Registered(InsuredPerson person) => ActivityResult.With((CaseProcess.Variables.PersonId, person.Id.ToString()));

    /// <summary>The applicant's record, or a new one (not insured yet) for someone the fund has no record of.</summary>
    protected static async Task<InsuredPerson> PersonOrNewAsync(CaseServiceDbContext db, Application application, CancellationToken ct)
    {
        var person = await CaseStep.PersonAsync(db, application.Applicant, ct);
        if (person is null)
        {
            person = new InsuredPerson(Guid.CreateVersion7(), application.Applicant, application.ApplicantName);
            db.InsuredPersons.Add(person);
        }

        return person;
    }

    private static async Task<(Application Application, TDetails Details)> ApprovedAsync(CaseServiceDbContext db, ActivityContext context)
    {
        var application = await CaseStep.ApplicationAsync(db, context);
        if (application.Status is not (ApplicationStatus.Approved or ApplicationStatus.Completed) || application.Details is not TDetails details)
        {
            throw new InvalidOperationException(
                $"Expected an approved {typeof(TDetails).Name.Replace("Details", "", StringComparison.Ordinal)} application, but {application.Id} is a {application.Status} {application.Type} application.");
        }

        return (application, details);
    }

    /// <summary>
    /// The employer months the national registry reported when the case was validated (<c>registryEmployerMonths</c>),
    /// credited now that the registration takes effect, so 累计缴费 and the shortfall count them from here on.
    /// </summary>
    protected static void CreditRegistryEmployerMonths(InsuredPerson person, ActivityContext context)
    {
        if (context.Get(CaseProcess.Variables.RegistryEmployerMonths) is JsonValue value && value.TryGetValue<int>(out var months) && months > 0)
        {
            person.SyncEmployerMonths(months);
        }
    }

    /// <summary>
    /// The approval cannot be applied because the person's record changed since validation (another case registered
    /// them, or ended the record): the step fails, so the case stops at an incident an administrator sees, instead of
    /// reporting success while changing nothing.
    /// </summary>
    protected static Domain.SeedWork.DomainException StateChanged(InsuredPerson person, string expected) => new(new Domain.SeedWork.DomainError(
        "Registration.StateChanged",
        $"参保人记录在审核期间已变更（当前为 {person.Status}），本次审批无法登记，请核实后处理",
        $"Expected {expected}, but the person's record is now {person.Status}: the approval cannot be applied; check the record and retry or cancel the case."));

    /// <summary>
    /// The person's deduction agreement record, created NotSigned on registration so the agreement poller has a row to
    /// update when the tax bureau reports the signature.
    /// </summary>
    protected static async Task EnsureAgreementAsync(CaseServiceDbContext db, InsuredPerson person, CancellationToken ct)
    {
        if (!await db.DeductionAgreements.AnyAsync(a => a.PersonId == person.Id, ct))
        {
            db.DeductionAgreements.Add(new DeductionAgreement(Guid.CreateVersion7(), person.Id, person.Name));
        }
    }
}
