namespace SocialInsurance.Workflows.Execution.Bookmarks;

public enum BookmarkKind
{
    UserTask,
    Message,
    Timer,
    /// <summary>An asynchronous continuation waiting for its background job.</summary>
    Job,
}
