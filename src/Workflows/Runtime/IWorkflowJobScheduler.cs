using SocialInsurance.Workflows.Execution.Bookmarks;

namespace SocialInsurance.Workflows.Runtime;

/// <summary>
/// Hands timers and async continuations to the background job system after their step committed. Delivering a job
/// late, twice, or for a bookmark that is gone is harmless: the runtime checks the bookmark before acting.
/// </summary>
public interface IWorkflowJobScheduler
{
    void Schedule(Bookmark bookmark);
}
