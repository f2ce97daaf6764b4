using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Model.Events;
using SocialInsurance.Workflows.Model.Gateways;
using SocialInsurance.Workflows.Model.Tasks;
using SocialInsurance.Workflows.Parsing;

namespace SocialInsurance.Workflows.Tests.Parsing;

/// <summary>Reads <c>Fixtures/application-review.bpmn</c>, which uses every supported construct once.</summary>
public class CamundaMappingTests
{
    private static readonly ProcessModel Model = Load();

    [Fact]
    public void Parser_CompilesOneProcess_WhenFixtureIsExecutable()
    {
        // Given / When the fixture is loaded
        // Then
        Assert.Equal("applicationReview", Model.Key);
        Assert.Equal("Application review", Model.Name);
        Assert.Equal("submitted", Model.NoneStartEvent?.Id);
        Assert.Equal("resubmitted", Assert.Single(Model.MessageStartEvents).Id);
    }

    [Fact]
    public void UserTaskReader_MapsCamundaAttributes_WhenAllAreSet()
    {
        // Given / When
        var task = Assert.IsType<UserTask>(Model.Node("reviewApplication"));

        // Then
        Assert.Equal("${lastReviewer}", task.Assignee);
        Assert.Equal(["reviewers-${region}"], task.CandidateGroups);
        Assert.Equal(["wang,li"], task.CandidateUsers);
        Assert.Equal("forms/review.form", task.FormKey);
        Assert.Equal("P3D", task.DueDate);
        Assert.Equal([new IoParameter("decision", "${decision}")], task.Outputs);
        Assert.Equal("reviewScope", task.ScopeId);
    }

    [Fact]
    public void ServiceTaskReader_MapsTopicInputsOutputsAndRetries_WhenAsyncBefore()
    {
        // Given / When
        var task = Assert.IsType<ServiceTask>(Model.Node("validateDocuments"));

        // Then
        Assert.Equal("validate-documents", task.Topic);
        Assert.Equal([new IoParameter("applicationId", "${applicationId}"), new IoParameter("kind", "enrollment")], task.Inputs);
        Assert.Equal([new IoParameter("documentsValid", "${valid}")], task.Outputs);
        Assert.Equal(new AsyncSettings(true, new RetryCycle(5, TimeSpan.FromMinutes(1))), task.Async);
        Assert.Equal(AsyncSettings.None, Model.Node("register").Async);
    }

    [Fact]
    public void ScriptTaskReader_MapsInlineScriptAndResultVariable_WhenJavaScript()
    {
        // Given / When
        var task = Assert.IsType<ScriptTask>(Model.Node("computeScore"));

        // Then
        Assert.Equal("var base = 10; base + 5;", task.Script);
        Assert.Equal("score", task.ResultVariable);
        Assert.Equal("archiveScope", task.ScopeId);
    }

    [Fact]
    public void SubProcessReader_ScopesNestedNodes_WhenSubProcessesAreNested()
    {
        // Given / When
        var outer = Assert.IsType<SubProcess>(Model.Node("reviewScope"));
        var inner = Assert.IsType<SubProcess>(Model.Node("archiveScope"));

        // Then
        Assert.Equal(("reviewStart", (string?)null), (outer.StartEventId, outer.ScopeId));
        Assert.Equal(("archiveStart", "reviewScope"), (inner.StartEventId, inner.ScopeId));
        Assert.Equal("archiveScope", Model.Node("archiveEnd").ScopeId);
    }

    [Fact]
    public void BoundaryEventReader_MapsTimerAndMessage_WithInterruptingDefault()
    {
        // Given / When
        var reminder = Assert.IsType<BoundaryEvent>(Model.Node("reviewReminder"));
        var withdrawn = Assert.IsType<BoundaryEvent>(Model.Node("withdrawn"));

        // Then
        Assert.False(reminder.CancelActivity);
        Assert.Equal(new TimerDefinition(TimerKind.Cycle, "R3/PT24H"), reminder.Definition);
        Assert.True(withdrawn.CancelActivity);
        Assert.Equal(new MessageDefinition("applicationWithdrawn") { CorrelationKeyExpression = "${applicationId}" }, withdrawn.Definition);
        Assert.Equal(["reviewReminder"], Model.BoundaryEventsOf("reviewApplication").Select(b => b.Id));
    }

    [Fact]
    public void IntermediateCatchEventReader_MapsMessageWithCorrelationKeyAndTimers()
    {
        // Given / When
        var signed = Assert.IsType<IntermediateCatchEvent>(Model.Node("agreementSigned"));

        // Then
        Assert.Equal(new MessageDefinition("deductionAgreementSigned") { CorrelationKeyExpression = "${idNumber}" }, signed.Definition);
        Assert.Equal(new TimerDefinition(TimerKind.Duration, "P30D"), ((IntermediateCatchEvent)Model.Node("agreementTimeout")).Definition);
        Assert.Equal(new TimerDefinition(TimerKind.Date, "2030-01-31T23:59:00+08:00"), ((IntermediateCatchEvent)Model.Node("waitUntilMonthEnd")).Definition);
    }

    [Fact]
    public void MessageReader_MapsBufferTimeToLive_WhenPropertyIsSet()
    {
        // Given / When
        var message = Model.MessageNamed("deductionAgreementSigned");

        // Then
        Assert.Equal(TimeSpan.FromHours(1), message?.BufferTimeToLive);
        Assert.Null(Model.MessageNamed("applicationWithdrawn")?.BufferTimeToLive);
    }

    [Fact]
    public void Parser_LinksFlowsInDocumentOrder_WhenNodeHasSeveralFlows()
    {
        // Given / When
        var gateway = Assert.IsType<ExclusiveGateway>(Model.Node("documentsOk"));
        var join = Model.Node("join");

        // Then
        Assert.Equal("toReviewScope", gateway.DefaultFlowId);
        Assert.Equal(["toRejected", "toReviewScope"], gateway.Outgoing);
        Assert.Equal(["f8", "f10", "f11"], join.Incoming);
        Assert.Equal(["f1", "f1b"], Model.Node("validateDocuments").Incoming);
        Assert.Equal("${!documentsValid && attempts > 2}", Model.Flow("toRejected").Condition);
        Assert.Equal("invalid", Model.Flow("toRejected").Name);
        Assert.True(Assert.IsType<EndEvent>(Model.Node("withdrawnEnd")).Terminate);
    }

    [Fact]
    public void Parser_IgnoresDiagramLanesAnnotationsAndDataObjects()
    {
        // Given / When / Then: nothing cosmetic became a node
        Assert.DoesNotContain(Model.Nodes, n => n.Id is "lanes" or "reviewers" or "note" or "noteLink" or "applicationData");
    }

    [Fact]
    public void ServiceTaskRules_AcceptFixture_WhenEveryTopicIsKnown()
    {
        // Given
        var options = new BpmnParserOptions
        {
            KnownTopics = new HashSet<string> { "validate-documents", "remind-reviewer", "register-enrollment" },
        };

        // When
        var result = new BpmnParser(options).Parse(File.ReadAllText(FixturePath));

        // Then
        Assert.True(result.IsValid, string.Join("\n", result.Issues));
    }

    [Fact]
    public void ServiceTaskRules_ReportUnknownTopic_WhenTopicIsNotRegistered()
    {
        // Given
        var options = new BpmnParserOptions { KnownTopics = new HashSet<string> { "validate-documents", "remind-reviewer" } };

        // When
        var result = new BpmnParser(options).Parse(File.ReadAllText(FixturePath));

        // Then
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("register", "serviceTask", "unknown-topic"), (issue.ElementId, issue.ElementType, issue.Code));
        Assert.Contains("'register-enrollment'", issue.Message);
    }

    private static string FixturePath => Path.Combine(AppContext.BaseDirectory, "Parsing", "Fixtures", "application-review.bpmn");

    private static ProcessModel Load()
    {
        var result = new BpmnParser().Parse(File.ReadAllText(FixturePath));
        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        return Assert.Single(result.Processes);
    }
}
