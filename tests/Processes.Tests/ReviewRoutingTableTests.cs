using System.Text.Json.Nodes;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Processes.Tests.Support;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Processes.Tests;

/// <summary>
/// The review group and time limit come from <c>workflows-definitions/review-routing.dmn</c>, evaluated by the
/// <c>routeReview</c> business rule task of each process: what the table says is what the reviewer's task gets, and
/// a table an administrator edits and publishes takes effect for the next case without touching a process.
/// </summary>
public sealed class ReviewRoutingTableTests
{
    public static TheoryData<string> Processes => new() { "newEnrollment", "resumption", "suspension" };

    [Theory]
    [MemberData(nameof(Processes))]
    public async Task ReviewTask_GoesToTheGroupsAndTimeLimitOfTheShippedTable(string processKey)
    {
        // Given: an applicant of Urumqi (6501), submitted Monday 2026-03-02
        await using var engine = await CaseEngine.StartAsync();
        var application = await SeedAsync(engine, processKey);

        // When
        var instance = await engine.StartCaseAsync(processKey, application);

        // Then: 10 working days, as the table (and 《社会保险经办条例》) says
        await engine.AssertNoIncidentsAsync(instance);
        var task = await ReviewTaskAsync(engine, instance);
        Assert.Equal(["reviewers-65", "reviewers-6501"], task.CandidateGroups.Order(StringComparer.Ordinal));
        var variables = (await engine.Queries.InstanceAsync(instance))!.Variables;
        Assert.Equal("{\"candidateGroups\":\"reviewers-6501,reviewers-65\",\"reviewWorkingDays\":10}", variables["reviewRouting"]!.ToJsonString());
        Assert.Equal("2026-03-16T23:59:59+08:00", variables["reviewDueAt"]!.GetValue<string>());
    }

    [Fact]
    public async Task ReviewTask_FollowsTheEditedTable_ForTheNextCase()
    {
        // Given: an administrator gives Urumqi its own pension team and 5 working days, and publishes it
        await using var engine = await CaseEngine.StartAsync();
        var shipped = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Definitions", "review-routing.dmn"));
        var edited = shipped
            .Replace("<text>\"reviewers-6501,reviewers-65\"</text>", "<text>\"pension-team-6501\"</text>")
            .Replace("<outputEntry id=\"region6501Days\"><text>10</text>", "<outputEntry id=\"region6501Days\"><text>5</text>");
        var deployed = await engine.Decisions.DeployAsync(edited, "studio", "admin1", publish: true, CancellationToken.None);
        Assert.True(deployed.IsValid, string.Join("; ", deployed.Issues));
        var application = await SeedAsync(engine, "newEnrollment");

        // When
        var instance = await engine.StartCaseAsync("newEnrollment", application);

        // Then
        await engine.AssertNoIncidentsAsync(instance);
        Assert.Equal(2, Assert.Single(deployed.Decisions).Version);
        Assert.Equal(["pension-team-6501"], (await ReviewTaskAsync(engine, instance)).CandidateGroups);
        Assert.Equal("2026-03-09T23:59:59+08:00", (await engine.Queries.InstanceAsync(instance))!.Variables["reviewDueAt"]!.GetValue<string>());
    }

    [Fact]
    public async Task RouteReview_RaisesAnIncident_WhenTheTableGivesNoWholeNumberOfDays()
    {
        // Given: a published table whose Urumqi row lost its time limit
        await using var engine = await CaseEngine.StartAsync();
        var shipped = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Definitions", "review-routing.dmn"));
        await engine.Decisions.DeployAsync(
            shipped.Replace("<outputEntry id=\"region6501Days\"><text>10</text>", "<outputEntry id=\"region6501Days\"><text>0</text>"),
            "studio", "admin1", publish: true, CancellationToken.None);
        var application = await SeedAsync(engine, "newEnrollment");

        // When
        var instance = await engine.StartCaseAsync("newEnrollment", application);

        // Then: the case waits at markUnderReview for an administrator, nothing reaches a reviewer
        var incident = Assert.Single(await engine.Queries.IncidentsAsync(openOnly: true, instance));
        Assert.Equal("markUnderReview", incident.ElementId);
        Assert.Contains("Expected reviewWorkingDays to be a whole number of days from 1 to 365, but found 0", incident.Message);
        Assert.Empty(await engine.OpenTasksAsync(instance));
    }

    private static async Task<Application> SeedAsync(CaseEngine engine, string processKey)
    {
        var applicant = Seed.Applicant();
        var application = processKey switch
        {
            "newEnrollment" => Seed.NewEnrollment(applicant),
            "resumption" => Seed.Resumption(applicant),
            _ => Seed.Suspension(applicant),
        };
        if (processKey != "newEnrollment")
        {
            await engine.SaveAsync(Seed.Person(applicant, suspended: processKey == "resumption"));
        }

        await engine.SaveAsync(application);
        return application;
    }

    private static async Task<Workflows.Execution.UserTasks.UserTaskInstance> ReviewTaskAsync(CaseEngine engine, Guid instance) =>
        (await engine.Queries.TasksAsync(new TaskQuery { InstanceId = instance, PageSize = 10 })).Items.Single(t => t.ElementId == "reviewApplication");
}
