namespace SocialInsurance.Api.Infrastructure.Cases;

/// <summary>
/// A message to the applicant (短信 / 小程序消息), kept as the case's message box and as the outbox a delivery job
/// reads: it is written in the step's transaction, so a rolled-back step leaves no notification behind.
/// </summary>
public sealed class CaseNotification
{
    public required Guid Id { get; init; }
    public required Guid ApplicationId { get; init; }
    public required Guid InstanceId { get; init; }
    public required string ElementId { get; init; }
    public required string Kind { get; init; }
    public required string TextZh { get; init; }
    public required string TextEn { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
}
