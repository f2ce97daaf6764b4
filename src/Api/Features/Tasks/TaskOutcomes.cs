using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Execution.UserTasks;
using SocialInsurance.Workflows.Runtime;
using SocialInsurance.Api.Processes;

namespace SocialInsurance.Api.Features.Tasks;

/// <summary>
/// How each completed task ended, read from the journal entry its completion wrote (the submitted form travels there):
/// the journal is written in the completing transaction, so the outcome cannot be missing or differ from what the
/// process went on with. One journal read per instance on the page.
/// </summary>
public sealed class TaskOutcomes(IWorkflowQueries queries)
{
    public async Task<IReadOnlyDictionary<Guid, TaskOutcome>> OfAsync(IEnumerable<UserTaskInstance> tasks, CancellationToken ct)
    {
        var outcomes = new Dictionary<Guid, TaskOutcome>();
        foreach (var byInstance in tasks.Where(t => t.Status == UserTaskStatus.Completed).GroupBy(t => t.InstanceId))
        {
            var completions = (await queries.JournalAsync(byInstance.Key, ct))
                .Where(e => e.Event == JournalEvents.Completed && e.ElementType == "userTask").ToList();
            foreach (var task in byInstance)
            {
                // A loop (a supplement round) can complete the same element more than once: the one nearest the task's end is its own.
                var entry = completions.Where(e => e.ElementId == task.ElementId && e.Actor == task.CompletedBy)
                    .MinBy(e => (e.At - (task.EndedAt ?? e.At)).Duration());
                if (entry is not null)
                {
                    outcomes[task.Id] = new TaskOutcome(Decision(entry.Data), task.EndedAt ?? entry.At);
                }
            }
        }

        return outcomes;
    }

    private static string? Decision(string? data) =>
        data is not null && System.Text.Json.Nodes.JsonNode.Parse(data)?[CaseProcess.Variables.Decision] is System.Text.Json.Nodes.JsonValue value
            && value.TryGetValue<string>(out var decision) && CompleteTask.Decisions.Contains(decision, StringComparer.Ordinal)
            ? decision
            : null;
}
