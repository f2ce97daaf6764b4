namespace SocialInsurance.Api.Infrastructure.Cases;

/// <summary>
/// Delivers a notification to the applicant (SMS, mini-program message). It is called inside the step's transaction,
/// after the notification row is written: a real gateway should only enqueue (the row is the outbox) and deliver
/// after commit, or a rolled-back step could still have sent a message.
/// </summary>
public interface INotificationGateway
{
    Task SendAsync(CaseNotification notification, CancellationToken ct);
}
