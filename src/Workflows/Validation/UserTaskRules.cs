using SocialInsurance.Workflows.Model.Tasks;

namespace SocialInsurance.Workflows.Validation;

internal sealed class UserTaskRules : IElementRules
{
    public IEnumerable<ValidationIssue> Check(ProcessDraft draft) =>
        draft.Nodes.OfType<UserTask>()
            .Where(t => t.DueDate is { } due && !Iso8601.IsExpression(due)
                && !Iso8601.TryParseDate(due, out _) && !Iso8601.TryParseDuration(due, out _))
            .Select(t => Issues.For(t, "invalid-due-date",
                $"Expected camunda:dueDate to be an ISO 8601 date-time, a duration or a ${{...}} expression, but found '{t.DueDate}'"));
}
