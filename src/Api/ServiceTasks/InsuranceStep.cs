using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Workflows.Activities;

namespace SocialInsurance.Api.ServiceTasks;

/// <summary>Shared by the three registering steps: the approved application of the expected type, and the person's agreement record.</summary>
internal static class InsuranceStep
{
    public static async Task<(Application Application, TDetails Details)> ApprovedAsync<TDetails>(CasesDbContext db, ActivityContext context)
        where TDetails : ApplicationDetails
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
    /// The person's deduction agreement record, created NotSigned on registration so the agreement poller has a row to
    /// update when the tax bureau reports the signature.
    /// </summary>
    public static async Task EnsureAgreementAsync(CasesDbContext db, InsuredPerson person, CancellationToken ct)
    {
        if (!await db.DeductionAgreements.AnyAsync(a => a.PersonId == person.Id, ct))
        {
            db.DeductionAgreements.Add(new DeductionAgreement(Guid.CreateVersion7(), person.Id, person.Name));
        }
    }
}
