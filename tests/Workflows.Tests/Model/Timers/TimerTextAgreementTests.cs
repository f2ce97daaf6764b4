using SocialInsurance.Workflows.Model.Events;
using SocialInsurance.Workflows.Parsing;
using SocialInsurance.Workflows.Model.Timers;
using static SocialInsurance.Workflows.Tests.Bpmn;

namespace SocialInsurance.Workflows.Tests.Model.Timers;

/// <summary>
/// Deployment and the scheduler read timer texts with one ISO 8601 reader, so what deploys also schedules and what
/// the scheduler would refuse is refused at deploy. The rows are the texts on which two readers once disagreed.
/// </summary>
public class TimerTextAgreementTests
{
    private static readonly DateTimeOffset ArmedAt = new(2026, 1, 31, 9, 0, 0, TimeSpan.FromHours(8));

    private static readonly string LongDuration = "PT" + new string('0', 100) + "1S";

    public static TheoryData<TimerKind, string> OnceAcceptedOnlyBySchedulerOrOnlyAtDeploy => new()
    {
        // weeks with other parts, lower case, a decimal comma: ISO 8601 allows them, XML Schema's duration does not
        { TimerKind.Duration, "P1W2D" },
        { TimerKind.Duration, "pt10m" },
        { TimerKind.Duration, "PT0,5S" },
        { TimerKind.Cycle, "R3/P1W2D" },
        { TimerKind.Cycle, "r3/PT10S" },
        // an offset written as hours only, lower-case designators, a decimal comma in the seconds
        { TimerKind.Date, "2030-06-01T08:00+08" },
        { TimerKind.Date, "2030-06-01t08:00:00z" },
        { TimerKind.Date, "2030-06-01T08:00:00,5Z" },
        // accepted at deploy, refused by the scheduler: more than 100 characters, fractions beyond a tick
        { TimerKind.Duration, LongDuration },
        { TimerKind.Date, "2030-06-01T08:00:00.123456789Z" },
        { TimerKind.Cycle, "R2/2030-06-01T08:00:00.123456789Z/PT1H" },
    };

    [Theory]
    [MemberData(nameof(OnceAcceptedOnlyBySchedulerOrOnlyAtDeploy))]
    public void TimerText_IsAcceptedAtDeploy_ExactlyWhenTheSchedulerAcceptsIt(TimerKind kind, string text)
    {
        // Given a process waiting on a timer with the text
        var xml = Around("wait", $"""<bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:{Element(kind)}>{text}</bpmn:{Element(kind)}></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>""");

        // When it is deployed and the scheduler computes its due time
        var deploys = new BpmnParser().Parse(xml).IsValid;
        var schedules = Schedules(kind, text);

        // Then both say the same
        Assert.Equal(schedules, deploys);
    }

    [Theory]
    [InlineData("PT0S")]
    [InlineData("P0D")]
    public void TimerDuration_IsRefusedAtDeploy_WhenZero_ThoughAComputedZeroFiresAtOnce(string text)
    {
        // Given a literal zero duration, the one deliberate difference: a modelling mistake when written down
        var xml = Around("wait", $"""<bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration>{text}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>""");

        // When it is deployed, and when an expression yields it as the timer is armed
        var deploys = new BpmnParser().Parse(xml).IsValid;
        var due = TimerSchedule.FirstDue(TimerKind.Duration, text, ArmedAt);

        // Then
        Assert.False(deploys);
        Assert.Equal(ArmedAt, due);
    }

    [Theory]
    [InlineData("P1W2D")]
    [InlineData("pt10m")]
    [InlineData("2030-06-01T08:00+08")]
    public void UserTaskDueDate_IsAcceptedAtDeploy_AndResolvedAtRunTime(string text)
    {
        // Given a user task due in the text's time
        var xml = Around("review", $"""<bpmn:userTask id="review" camunda:dueDate="{text}" />""");

        // When it is deployed and its due time computed as the task is created
        var deploys = new BpmnParser().Parse(xml).IsValid;
        var due = SocialInsurance.Workflows.Execution.Elements.Tasks.TaskProperties.DueAt(text, ArmedAt);

        // Then both accept it
        Assert.True(deploys);
        Assert.NotNull(due);
    }

    private static string Element(TimerKind kind) => kind switch
    {
        TimerKind.Duration => "timeDuration",
        TimerKind.Date => "timeDate",
        _ => "timeCycle",
    };

    private static bool Schedules(TimerKind kind, string text)
    {
        try
        {
            TimerSchedule.FirstDue(kind, text, ArmedAt);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
