using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Processes.Tests.Support;

namespace SocialInsurance.Processes.Tests.ServiceTasks;

/// <summary>
/// A retried job may run a service-task handler again (a crash after its work, a retry of the step): running each
/// handler twice with the same input must leave what running it once left — no second notification, no exception
/// from a transition already made (it would raise an incident), no second history entry.
/// </summary>
public sealed class HandlerRerunTests : IAsyncLifetime
{
    private CaseEngine _engine = null!;

    public async Task InitializeAsync() => _engine = await CaseEngine.StartAsync();

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    private static readonly string[] AllTopics =
    [
        "application.validate",
        "application.markUnderReview",
        "application.approve",
        "application.requestSupplement",
        "application.reject",
        "application.complete",
        "insurance.register",
        "insurance.resume",
        "insurance.suspend",
        "notification.send",
    ];

    public static TheoryData<string> Topics => [.. AllTopics];

    [Theory]
    [MemberData(nameof(Topics))]
    public async Task Handler_LeavesTheSameState_WhenRunTwiceWithTheSameInput(string topic)
    {
        // Given the state the step finds in its process
        var (applicationId, inputs) = await ArrangeAsync(topic);

        // When
        var first = await _engine.RunHandlerAsync(topic, applicationId, inputs?.DeepClone().AsObject());
        var once = await StateAsync(applicationId);
        var second = await _engine.RunHandlerAsync(topic, applicationId, inputs?.DeepClone().AsObject());
        var twice = await StateAsync(applicationId);

        // Then
        Assert.Equal(once, twice);
        Assert.Equal(first.Variables.ToJsonString(), second.Variables.ToJsonString());
    }

    [Fact]
    public void Topics_CoverEveryRegisteredHandler()
    {
        // Given / When
        var registered = _engine.HandlerTopics.Order(StringComparer.Ordinal);

        // Then a new handler gets a rerun test too
        Assert.Equal(registered, AllTopics.Order(StringComparer.Ordinal));
    }

    private async Task<(Guid ApplicationId, JsonObject? Inputs)> ArrangeAsync(string topic)
    {
        var at = Seed.SubmittedAt;
        var applicant = Seed.Applicant();
        switch (topic)
        {
            case "application.validate":
            case "application.markUnderReview":
                return (await SaveAsync(Seed.NewEnrollment(applicant)), null);
            case "application.approve":
            case "application.requestSupplement":
            case "application.reject":
                var underReview = Seed.NewEnrollment(applicant);
                underReview.StartReview(Application.SystemActor, at);
                var inputs = topic == "application.approve"
                    ? null
                    : new JsonObject { ["missingMaterials"] = new JsonArray("IdCardFront"), ["comment"] = "请补充身份证正面" };
                return (await SaveAsync(underReview), inputs);
            case "application.complete":
            case "insurance.register":
            case "notification.send":
                var approved = Approved(Seed.NewEnrollment(applicant));
                return (await SaveAsync(approved), topic == "notification.send" ? new JsonObject { ["kind"] = "approved" } : null);
            case "insurance.resume":
                await _engine.SaveAsync(Seed.Person(applicant, suspended: true));
                return (await SaveAsync(Approved(Seed.Resumption(applicant))), null);
            case "insurance.suspend":
                await _engine.SaveAsync(Seed.Person(applicant));
                return (await SaveAsync(Approved(Seed.Suspension(applicant))), null);
            default:
                throw new ArgumentOutOfRangeException(nameof(topic), topic, "Expected a topic with an arrangement.");
        }
    }

    private static Application Approved(Application application)
    {
        application.StartReview(Application.SystemActor, Seed.SubmittedAt);
        application.Approve("reviewer-6501", Seed.SubmittedAt);
        return application;
    }

    private async Task<Guid> SaveAsync(Application application)
    {
        await _engine.SaveAsync(application);
        return application.Id;
    }

    /// <summary>Everything a handler may change, as one comparable text.</summary>
    private async Task<string> StateAsync(Guid applicationId)
    {
        await using var db = _engine.Cases();
        var application = await db.Applications.AsNoTracking().SingleAsync(a => a.Id == applicationId);
        var person = await db.InsuredPersons.AsNoTracking().SingleOrDefaultAsync(p => p.IdNumber == application.Applicant);
        var agreements = await db.DeductionAgreements.CountAsync();
        var notifications = await db.Notifications.CountAsync(n => n.ApplicationId == applicationId);
        return string.Join(
            " | ",
            $"application {application.Status} history {application.History.Count}",
            person is null
                ? "no person"
                : $"person {person.Status} history {person.History.Count} coverages {string.Join(",", person.Coverages.Select(c => $"{c.InsuranceTypeCode}:{c.Status}"))}",
            $"agreements {agreements}",
            $"notifications {notifications}");
    }
}
