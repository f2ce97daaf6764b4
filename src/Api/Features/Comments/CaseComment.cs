namespace SocialInsurance.Api.Features.Comments;

/// <summary>
/// A note on a case by a reviewer or administrator, kept by the case's business key (the application id for
/// applications) so it follows the case across its tasks and rounds. The applicant sees it only when marked so.
/// </summary>
public sealed class CaseComment
{
    public const int MaxLength = 2000;

    public Guid Id { get; init; }
    public required string CaseKey { get; init; }
    public Guid InstanceId { get; init; }
    public Guid TaskId { get; init; }
    public required string Author { get; init; }
    public string? AuthorName { get; init; }
    public required string Text { get; init; }
    public bool VisibleToApplicant { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
