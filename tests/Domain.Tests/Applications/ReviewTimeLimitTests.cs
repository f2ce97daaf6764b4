using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Tests.Applications;

public class ReviewTimeLimitTests
{
    [Fact]
    public void DueDate_IsTenWorkingDaysAfterTheChinaBusinessDate()
    {
        // Given a submission at 2026-03-05 17:00 UTC, which is Friday 2026-03-06 01:00 in Beijing
        var submittedAt = new DateTimeOffset(2026, 3, 5, 17, 0, 0, TimeSpan.Zero);

        // When
        var due = ReviewTimeLimit.DueDate(submittedAt, WorkingDayCalendar.WeekendsOnly);

        // Then ten working days after Friday 03-06
        Assert.Equal(new DateOnly(2026, 3, 20), due);
    }
}
