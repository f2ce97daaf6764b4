using SocialInsurance.Workflows.Model.Tasks;

namespace SocialInsurance.Workflows.Validation;

internal sealed class UserTaskRules : IElementRules
{
    public IEnumerable<ValidationIssue> Check(ProcessDraft draft) =>
        draft.Nodes.OfType<UserTask>()
            .SelectMany(t => new[]
            {
                Invalid(t, t.DueDate, "invalid-due-date", "camunda:dueDate"),
                Invalid(t, t.FollowUpDate, "invalid-follow-up-date", "camunda:followUpDate"),
            })
            .OfType<ValidationIssue>();

    private static ValidationIssue? Invalid(UserTask task, string? value, string code, string attribute) =>
        value is { } text && !TimerTexts.IsExpression(text) && !TimerTexts.IsDate(text) && !TimerTexts.IsDuration(text)
            ? Issues.For(task, code, $"Expected {attribute} to be an ISO 8601 date-time, a duration or a ${{...}} expression, but found '{text}'")
            : null;
}
