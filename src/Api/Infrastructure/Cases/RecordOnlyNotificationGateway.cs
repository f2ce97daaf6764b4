namespace SocialInsurance.Api.Infrastructure.Cases;

/// <summary>The default set-up: the row in <c>case_notifications</c> is the whole delivery; the applicant reads it in the progress view.</summary>
public sealed class RecordOnlyNotificationGateway : INotificationGateway
{
    public Task SendAsync(CaseNotification notification, CancellationToken ct) => Task.CompletedTask;
}
