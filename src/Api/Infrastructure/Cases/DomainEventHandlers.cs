using SocialInsurance.Api.Infrastructure.Cases.Reporting;
using SocialInsurance.Api.Infrastructure.Persistence;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Api.Infrastructure.Cases;

/// <summary>
/// What the case service does when an aggregate it saves has raised an event, in one place; run by
/// <see cref="CaseServiceDbContext"/> before the save, inside its transaction.
/// <para>
/// Every move of a case (submitted, review started, supplement requested, approved, rejected, completed, withdrawn)
/// and every material attached marks the case's report row for refreshing; the save then refreshes each marked case
/// once (<see cref="CaseReportFacts.SyncAsync"/>). The events of insured persons, deduction agreements
/// and contribution periods have no handler yet: nothing the service does today follows from them (the applicant's
/// notifications are sent by the processes' service tasks), and they are taken off their aggregates all the same.
/// </para>
/// </summary>
internal static class DomainEventHandlers
{
    public static void Handle(AggregateRoot source, IDomainEvent domainEvent, ISet<Application> movedCases)
    {
        if ((source, domainEvent) is (Application application, ApplicationSubmitted or ApplicationWithdrawn or ApplicationReviewStarted
            or SupplementaryMaterialsRequested or ApplicationApproved or ApplicationRejected or ApplicationCompleted or MaterialAttached))
        {
            movedCases.Add(application);
        }
    }
}
