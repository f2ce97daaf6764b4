using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Workflows.Activities;

namespace SocialInsurance.Api.ServiceTasks;

/// <summary>
/// <c>notification.send</c>: writes the applicant's notification in the step's transaction and hands it to the
/// <see cref="INotificationGateway"/>. Each firing of a reminder timer is its own step, so each sends once; a step
/// that rolls back leaves no row.
/// </summary>
public sealed class SendNotification(CasesDbContextFactory contexts, INotificationGateway gateway) : IActivityHandler
{
    public ActivityDescriptor Descriptor { get; } = new(
        "notification.send", "通知申请人", "Notify applicant",
        "Records a notification for the applicant (kind: " + string.Join(", ", NotificationTexts.Kinds) + ") and passes it to the notification gateway.")
    {
        Inputs =
        [
            CaseStep.ApplicationIdInput,
            new("kind", "通知类型 Kind", string.Join(", ", NotificationTexts.Kinds), Required: true),
            new("textZh", "中文内容 Text (zh)", "overrides the text of the kind"),
            new("textEn", "英文内容 Text (en)", "overrides the text of the kind"),
        ],
    };

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var kind = context.Inputs["kind"]?.ToString()
            ?? throw new InvalidOperationException($"Expected the input 'kind' on '{context.ElementId}', but it is missing.");
        var (zh, en) = context.Inputs["textZh"] is { } textZh && context.Inputs["textEn"] is { } textEn
            ? (textZh.ToString(), textEn.ToString())
            : NotificationTexts.For(kind, context.Variables);

        await using var db = contexts.Create(context.Transaction);
        var notification = new CaseNotification
        {
            Id = Guid.CreateVersion7(),
            ApplicationId = CaseStep.ApplicationId(context),
            InstanceId = context.InstanceId,
            ElementId = context.ElementId,
            Kind = kind,
            TextZh = zh,
            TextEn = en,
            CreatedAt = context.Now,
        };
        db.Notifications.Add(notification);
        await db.SaveChangesAsync(context.CancellationToken);
        await gateway.SendAsync(notification, context.CancellationToken);
        return ActivityResult.Empty;
    }
}
