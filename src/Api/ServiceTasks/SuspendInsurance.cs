using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.SeedWork;
using SocialInsurance.Api.Processes;

namespace SocialInsurance.Api.ServiceTasks;

/// <summary>
/// <c>insurance.suspend</c>: 停保 from the change month for the ticked 险种 (death and settling abroad end the
/// record). A record that no longer allows it (changed since validation) makes the step fail into an incident,
/// never a success that changed nothing.
/// </summary>
public sealed class SuspendInsurance(CasesDbContextFactory contexts) : InsuranceStep<SuspensionDetails>(
    contexts, CaseProcess.Topics.Suspend, "停保登记", "Suspend insurance",
    "Suspends the ticked insurance types (or ends the record) from the change month of an approved suspension application.")
{
    protected override async Task<InsuredPerson> ApplyAsync(Registration<SuspensionDetails> registration)
    {
        var details = registration.Details;
        var person = await registration.PersonAsync()
            ?? throw new DomainException(new DomainError(
                "Registration.StateChanged", "参保人没有参保记录，停保无法登记", $"Expected an insured person for application {registration.Application.Id}, but there is none."));
        // This step ran before (a re-delivered job) when the latest change is exactly this suspension.
        var done = person.History is [.., var last]
            && last.Kind is StatusChangeKind.Suspended or StatusChangeKind.Terminated
            && last.Month == details.ChangeMonth && last.Reason == details.Reason
            && details.InsuranceTypeCodes.All(last.InsuranceTypeCodes.Contains);
        if (!done)
        {
            person.Suspend(details.Reason, details.ChangeMonth, details.InsuranceTypeCodes);
            await SuspensionRefunds.ApplyAsync(registration.Db, person, details.ChangeMonth, registration.CancellationToken);
        }

        return person;
    }
}
