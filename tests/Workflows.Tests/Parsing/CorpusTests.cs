using SocialInsurance.Workflows.Parsing;

namespace SocialInsurance.Workflows.Tests.Parsing;

/// <summary>
/// Eighty BPMN files written by others for other engines (see ../shared/corpus/MANIFEST.tsv). Most use constructs
/// we reject; what matters is that each is either compiled or explained, and that the set we accept stays put.
/// </summary>
public class CorpusTests
{
    /// <summary>
    /// Files that use only the supported subset (docs/engine.md, "Element kinds at a glance"). Everything else in the
    /// corpus has no executable process, is incomplete (flows or message names missing), or uses a construct that is
    /// refused with its reason: Java delegates and listeners, HTML forms (reviewInvoice.bpmn's embedded:app: forms),
    /// other engines' extensions, non-JavaScript scripts and conditions, compensation start events in event
    /// sub-processes. No corpus file was refused for compensation alone: those that use it all have other refusals.
    /// </summary>
    internal static readonly string[] ExpectedValid =
    [
        "bpmn/bpmn-engine/bound-error-and-timer.bpmn",
        "bpmn/bpmn-engine/boundary-non-interupting-timer.bpmn",
        "bpmn/bpmn-engine/loop.bpmn",
        "bpmn/bpmn-engine/multiple-joins.bpmn",
        "bpmn/bpmn-engine/succeeding-joins.bpmn",
        "bpmn/bpmn-engine/task-multiple-inbound.bpmn",
        "bpmn/bpmn-engine/timers.bpmn",
        "bpmn/camunda-bpm-examples/startevent__message_start_process.bpmn",
        "bpmn/camunda-bpm-platform/AsyncStartEventTest.shouldRunAfterMessageStartInEventSubprocess.bpmn",
        "bpmn/camunda-bpm-platform/BoundaryTimerNonInterruptingEventTest.testTimerOnEmbeddedSubprocess.bpmn",
        "bpmn/camunda-bpm-platform/CancelAcquiredJobTest.testBothJobsAcquiredAtSameTime.bpmn",
        "bpmn/camunda-bpm-platform/InclusiveGatewayTest.testJoinAfterSubprocesses.bpmn",
        "bpmn/camunda-bpm-platform/parallel-user-tasks.bpmn",
        "bpmn/miwg/bpmn.io-Camunda-Modeler-18.6.1__A.4.0-export.bpmn",
        "bpmn/zeebe-process-test/timer-start-event-daily.bpmn",
    ];

    public static TheoryData<string> CorpusFiles() => new(SharedCorpus.ManifestPaths());

    [Fact]
    public void Corpus_HasEightyFiles_WhenManifestIsRead()
    {
        // Given / When
        var paths = SharedCorpus.ManifestPaths();

        // Then
        Assert.Equal(80, paths.Count);
        Assert.All(paths, p => Assert.True(File.Exists(Path.Combine(SharedCorpus.Directory, p)), p));
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Parser_CompilesOrExplains_WhenReadingCorpusFile(string path)
    {
        // Given
        var xml = File.ReadAllText(Path.Combine(SharedCorpus.Directory, path));

        // When
        var result = new BpmnParser().Parse(xml);

        // Then
        if (result.IsValid)
        {
            Assert.NotEmpty(result.Processes);
            return;
        }
        Assert.Empty(result.Processes);
        Assert.All(result.Issues, issue =>
        {
            Assert.False(string.IsNullOrWhiteSpace(issue.ElementType), issue.ToString());
            Assert.False(string.IsNullOrWhiteSpace(issue.Code), issue.ToString());
            Assert.StartsWith("Expected", issue.Message.Replace("Must have a condition", "Expected a condition"));
            Assert.NotEqual("internal-error", issue.Code);
        });
        // Only document-level problems may lack an element id; every corpus file is well-formed XML.
        Assert.All(result.Issues, issue => Assert.True(issue.ElementId.Length > 0 || issue.ElementType == "definitions", issue.ToString()));
    }

    [Fact]
    public void Parser_AcceptsExactlyTheExpectedFiles_WhenReadingWholeCorpus()
    {
        // Given
        var parser = new BpmnParser();

        // When
        var valid = SharedCorpus.ManifestPaths()
            .Where(p => parser.Parse(File.OpenRead(Path.Combine(SharedCorpus.Directory, p))).IsValid)
            .Order(StringComparer.Ordinal)
            .ToList();

        // Then
        Assert.Equal(ExpectedValid.Order(StringComparer.Ordinal), valid);
    }

    [Fact]
    public void Parser_ReportsDuplicateIds_WhenReadingBpmnJsNegativeFixture()
    {
        // Given
        var xml = File.ReadAllText(Path.Combine(SharedCorpus.Directory, "bpmn/bpmn-js/error__duplicate-ids.bpmn"));

        // When
        var result = new BpmnParser().Parse(xml);

        // Then
        Assert.Contains(result.Issues, i => i.Code == "duplicate-id");
    }
}
