using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Applications;

/// <summary>
/// When a review is overdue. 《社会保险经办条例》 gives the agency 10 working days for a registration (DOMAIN-SOURCES
/// §5.1, medium); no Xinjiang-specific 办结时限 was found (open question 6), so the limit is a parameter with that
/// default, and the process's escalation timer fires at the returned date.
/// </summary>
public static class ReviewTimeLimit
{
    public const int DefaultWorkingDays = 10;

    /// <param name="submittedAt">The instant of submission; the business date is taken in China Standard Time.</param>
    public static DateOnly DueDate(DateTimeOffset submittedAt, WorkingDayCalendar calendar, int workingDays = DefaultWorkingDays) =>
        calendar.AddWorkingDays(ChinaTime.ToBusinessDate(submittedAt), workingDays);
}
