using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Api.Infrastructure.Http;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Persistence;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Tests.Persistence;

/// <summary>
/// At <c>synchronous=FULL</c> a commit is visible for about one fsync before its log is synced (GroupCommit.LogSync):
/// a response to a request that may change something waits until everything committed before it is durable, as it may
/// answer on what it only read; a read does not wait.
/// </summary>
public sealed class DurableAnswersTests
{
    private const string OneReview = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="http://socialinsurance.example/test">
          <bpmn:process id="oneReview" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="toReview" sourceRef="start" targetRef="review" />
            <bpmn:userTask id="review" camunda:candidateGroups="reviewers" />
            <bpmn:sequenceFlow id="toEnd" sourceRef="review" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task APost_IsAnsweredOnlyOnceWhatWasCommittedBeforeItIsDurable_AGetAtOnce()
    {
        // Given: an engine at FULL whose log sync is held after a review was completed (committed, not yet durable)
        var sync = new GatedLogSync();
        await using var engine = await TestEngine.StartAsync(configure: s => s.AddSingleton<IWriteAheadLogSync>(sync), options: o => o.SqliteSynchronous = "FULL");
        await engine.DeployAsync(OneReview);
        var id = await engine.StartAsync("oneReview");
        sync.Close();
        var review = await engine.OpenTaskAsync(id, "review");
        // On a thread of its own: the step's holder syncs the log itself once it has passed the writer on.
        var completing = Task.Run(() => engine.Runtime.CompleteTaskAsync(review, TestEngine.Reviewer, null));
        await sync.Began.WaitAsync(Bound);
        await using var app = await StartAppAsync(engine.Services.GetRequiredService<GroupCommit>());
        var http = app.GetTestClient();

        // When: a read and a change arrive while the log syncs
        var read = await http.GetAsync("/state").WaitAsync(Bound);
        var change = http.PostAsync("/state", null);
        // Nothing can answer the change while the sync is held: an answer that did not wait would be back at once.
        var changeBeforeSync = await Task.WhenAny(change, Task.Delay(TimeSpan.FromMilliseconds(200))) == change;
        sync.Open();

        // Then
        Assert.True(read.IsSuccessStatusCode);
        Assert.False(changeBeforeSync, "expected the POST's answer held until the commit before it is durable");
        Assert.True((await change.WaitAsync(Bound)).IsSuccessStatusCode);
        Assert.Equal(RuntimeStatus.Ok, (await completing.WaitAsync(Bound)).Status);
    }

    private static async Task<WebApplication> StartAppAsync(GroupCommit writer)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton(writer);
        var app = builder.Build();
        app.UseDurableAnswers();
        app.MapGet("/state", () => "read");
        app.MapPost("/state", () => "changed");
        await app.StartAsync();
        return app;
    }
}
