using System.Globalization;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Infrastructure.PolicyData;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.SeedWork;
using SocialInsurance.Workflows.Activities;
using SocialInsurance.Api.Processes;

namespace SocialInsurance.Api.ServiceTasks;

/// <summary>
/// <c>application.markUnderReview</c>: the case enters the reviewers' queue, and its review deadline is set — the
/// configured number of working days after the (re)submission date, through the end of that day in China time. The
/// deadline is computed from the stored submission instant, not the step's clock, so a rerun yields the same date.
/// </summary>
public sealed class MarkUnderReview(CasesDbContextFactory contexts, HolidayCalendars calendars, CasesOptions options) : IActivityHandler
{
    public ActivityDescriptor Descriptor { get; } = new(
        CaseProcess.Topics.MarkUnderReview, "转入人工审核", "Mark under review",
        "Moves the application to UnderReview and computes the review deadline (working days; holidays as administrators entered them).")
    {
        Inputs =
        [
            CaseStep.ApplicationIdInput,
            new(CaseProcess.Inputs.ReviewWorkingDays, "审核时限（工作日） Review time limit (working days)",
                "from the review-routing decision table; Cases:ReviewWorkingDays when empty", DefaultValue: CaseProcess.Expression($"{CaseProcess.Variables.ReviewRouting}.{CaseProcess.Inputs.ReviewWorkingDays}")),
        ],
        Outputs = [new(CaseProcess.Variables.ReviewDueAt, "审核期限 Review due", "ISO 8601 date-time, the last moment of the review time limit")],
    };

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var db = contexts.ForStepHolding(context.Transaction);
        var application = await CaseStep.ApplicationAsync(db, context);
        if (application.Status == ApplicationStatus.Submitted)
        {
            application.StartReview(Application.SystemActor, context.Now);
            await db.SaveChangesAsync(context.CancellationToken);
        }
        else if (application.Status != ApplicationStatus.UnderReview)
        {
            throw new InvalidOperationException(
                $"Expected application {application.Id} to be Submitted or UnderReview, but it is {application.Status}.");
        }

        var submittedAt = application.History.LastOrDefault(h => h.To == ApplicationStatus.Submitted)?.At ?? context.Now;
        var calendar = await calendars.CurrentAsync(context.CancellationToken);
        var dueDate = ReviewTimeLimit.DueDate(submittedAt, calendar, WorkingDays(context) ?? options.ReviewWorkingDays);
        var dueAt = new DateTimeOffset(dueDate.ToDateTime(new TimeOnly(23, 59, 59)), ChinaTime.Offset);
        return ActivityResult.With((CaseProcess.Variables.ReviewDueAt, dueAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)));
    }

    /// <summary>
    /// The time limit the review-routing table gave, if any. A value that is not a whole number of days from 1 is a
    /// broken table, and fails the step (an incident) rather than silently falling back to the configured default.
    /// </summary>
    private static int? WorkingDays(ActivityContext context)
    {
        if (context.Inputs[CaseProcess.Inputs.ReviewWorkingDays] is not System.Text.Json.Nodes.JsonValue value)
        {
            return null;
        }

        return decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var days)
            && days == decimal.Truncate(days) && days is >= 1 and <= 365
            ? (int)days
            : throw new InvalidOperationException($"Expected reviewWorkingDays to be a whole number of days from 1 to 365, but found {value.ToJsonString()}.");
    }
}
