using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Workflows.Activities;
using SocialInsurance.Api.Processes;

namespace SocialInsurance.Api.ServiceTasks;

/// <summary>
/// <c>notification.send</c>: writes the applicant's notification in the step's transaction and hands it to the
/// <see cref="INotificationGateway"/>. Each firing of a reminder timer is its own step, so each sends once; a step
/// that rolls back leaves no row. The row's id is derived from the execution (<see cref="ActivityContext.ExecutionSequence"/>),
/// so running the same execution again finds its row and neither writes nor sends a second one.
/// </summary>
public sealed class SendNotification(CasesDbContextFactory contexts, INotificationGateway gateway) : IActivityHandler
{
    public ActivityDescriptor Descriptor { get; } = new(
        CaseProcess.Topics.Notify, "通知申请人", "Notify applicant",
        "Records a notification for the applicant (kind: " + string.Join(", ", NotificationTexts.Kinds) + ") and passes it to the notification gateway.")
    {
        Inputs =
        [
            CaseStep.ApplicationIdInput,
            new(CaseProcess.Inputs.Kind, "通知类型 Kind", string.Join(", ", NotificationTexts.Kinds), Required: true),
            new("textZh", "中文内容 Text (zh)", "overrides the text of the kind"),
            new("textEn", "英文内容 Text (en)", "overrides the text of the kind"),
        ],
    };

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var kind = context.Inputs[CaseProcess.Inputs.Kind]?.ToString()
            ?? throw new InvalidOperationException($"Expected the input 'kind' on '{context.ElementId}', but it is missing.");
        var (zh, en) = context.Inputs["textZh"] is { } textZh && context.Inputs["textEn"] is { } textEn
            ? (textZh.ToString(), textEn.ToString())
            : NotificationTexts.For(kind, context.Variables);

        var db = await contexts.ForStepAsync(context.Transaction, context.CancellationToken);
        var id = context.ExecutionSequence is { } sequence ? NotificationId(context, sequence, kind) : Guid.CreateVersion7();
        if (await db.Notifications.AnyAsync(n => n.Id == id, context.CancellationToken))
        {
            return ActivityResult.Empty;
        }

        var notification = new CaseNotification
        {
            Id = id,
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

    /// <summary>
    /// The execution's sequence leads the id, so an instance's notifications written at the same instant (one step, or a
    /// fake clock) still sort in the order they were sent — lists order by time, then id; the rest is a hash of the key.
    /// </summary>
    private static Guid NotificationId(ActivityContext context, int sequence, string kind)
    {
        var hash = KeyedId.From($"notification/{context.InstanceId:N}/{sequence}/{context.ElementId}/{kind}").ToByteArray();
        return new Guid(sequence, BitConverter.ToInt16(hash, 4), (short)((BitConverter.ToUInt16(hash, 6) & 0x0FFF) | 0x8000), hash[8..16]);
    }
}
