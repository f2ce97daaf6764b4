using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Processes;
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
        CaseProcess.Topics.Validate,
        CaseProcess.Topics.MarkUnderReview,
        CaseProcess.Topics.Approve,
        CaseProcess.Topics.RequestSupplement,
        CaseProcess.Topics.Reject,
        CaseProcess.Topics.Complete,
        CaseProcess.Topics.Register,
        CaseProcess.Topics.Resume,
        CaseProcess.Topics.Suspend,
        CaseProcess.Topics.Notify,
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
            case CaseProcess.Topics.Validate:
            case CaseProcess.Topics.MarkUnderReview:
                return (await SaveAsync(Seed.NewEnrollment(applicant)), null);
            case CaseProcess.Topics.Approve:
            case CaseProcess.Topics.RequestSupplement:
            case CaseProcess.Topics.Reject:
                var underReview = Seed.NewEnrollment(applicant);
                underReview.StartReview(Application.SystemActor, at);
                var inputs = topic == CaseProcess.Topics.Approve
                    ? null
                    : new JsonObject { ["missingMaterials"] = new JsonArray("IdCardFront"), ["comment"] = "请补充身份证正面" };
                return (await SaveAsync(underReview), inputs);
            case CaseProcess.Topics.Complete:
            case CaseProcess.Topics.Register:
            case CaseProcess.Topics.Notify:
                var approved = Approved(Seed.NewEnrollment(applicant));
                return (await SaveAsync(approved), topic == CaseProcess.Topics.Notify ? new JsonObject { ["kind"] = "approved" } : null);
            case CaseProcess.Topics.Resume:
                await _engine.SaveAsync(Seed.Person(applicant, suspended: true));
                return (await SaveAsync(Approved(Seed.Resumption(applicant))), null);
            case CaseProcess.Topics.Suspend:
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
