namespace SocialInsurance.Api.Features.Comments;

/// <summary>A comment as the case view and the timeline show it: who (user name and display name), when, what.</summary>
public sealed record CommentView(Guid Id, string Author, string? AuthorName, string Text, bool VisibleToApplicant, DateTimeOffset CreatedAt)
{
    public static CommentView From(CaseComment c) => new(c.Id, c.Author, c.AuthorName, c.Text, c.VisibleToApplicant, c.CreatedAt);
}
