using System.Text;
using SocialInsurance.Workflows.Parsing;

namespace SocialInsurance.Workflows.Tests.Parsing;

public class BpmnParserSafetyTests
{
    private const string ValidProcess = """
        <bpmn:startEvent id="start" /><bpmn:endEvent id="end" />
        <bpmn:sequenceFlow id="flow" sourceRef="start" targetRef="end" />
        """;

    [Fact]
    public void Parse_RefusesDtd_WhenDocumentReferencesExternalEntityFile()
    {
        // Given a secret next to the test and a document that would pull it in through an external entity
        var secret = Path.Combine(Path.GetTempPath(), $"xxe-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "TOP-SECRET");
        var xml = $"""
            <?xml version="1.0"?>
            <!DOCTYPE definitions [ <!ENTITY xxe SYSTEM "file://{secret}"> ]>
            <bpmn:definitions xmlns:bpmn="{Bpmn.ModelNamespace}" id="d">
              <bpmn:process id="p" isExecutable="true" name="&xxe;">{ValidProcess}</bpmn:process>
            </bpmn:definitions>
            """;

        // When
        var result = new BpmnParser().Parse(xml);

        // Then
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("", "dtd-prohibited"), (issue.ElementId, issue.Code));
        Assert.DoesNotContain("TOP-SECRET", issue.Message);
        Assert.Empty(result.Processes);
        File.Delete(secret);
    }

    [Fact]
    public void Parse_RefusesDtd_WhenDocumentExpandsEntitiesExponentially()
    {
        // Given the "billion laughs" document
        var entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (var i = 1; i < 10; i++)
            entities.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        var xml = $"<?xml version=\"1.0\"?><!DOCTYPE lolz [{entities}]><lolz>&lol9;</lolz>";

        // When
        var result = new BpmnParser().Parse(xml);

        // Then
        Assert.Equal("dtd-prohibited", Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void Parse_ReportsTooLarge_WhenStringExceedsMaxBytes()
    {
        // Given
        var xml = Bpmn.Process(ValidProcess + new string(' ', 2000));
        var parser = new BpmnParser(new BpmnParserOptions { MaxBytes = 1000 });

        // When
        var result = parser.Parse(xml);

        // Then
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("", "too-large"), (issue.ElementId, issue.Code));
        Assert.Contains("1000 bytes", issue.Message);
    }

    [Fact]
    public void Parse_ReportsTooLarge_WhenStreamExceedsMaxBytesWithoutReadingItAll()
    {
        // Given a stream far larger than the limit
        var stream = new MemoryStream(new byte[50 * 1024 * 1024]);
        var parser = new BpmnParser(new BpmnParserOptions { MaxBytes = 1024 });

        // When
        var result = parser.Parse(stream);

        // Then
        Assert.Equal("too-large", Assert.Single(result.Issues).Code);
        Assert.True(stream.Position <= 1024 + 81920, $"read {stream.Position} bytes");
    }

    [Fact]
    public void Parse_ReportsTooManyElements_WhenDocumentExceedsMaxElements()
    {
        // Given
        var body = string.Concat(Enumerable.Range(0, 60).Select(i => $"<bpmn:textAnnotation id=\"t{i}\" />"));
        var parser = new BpmnParser(new BpmnParserOptions { MaxElements = 50 });

        // When
        var result = parser.Parse(Bpmn.Process(ValidProcess + body));

        // Then
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("", "too-many-elements"), (issue.ElementId, issue.Code));
        Assert.Contains("50", issue.Message);
    }

    [Theory]
    [InlineData("<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><bpmn:process>")]
    [InlineData("<a><b></a></b>")]
    [InlineData("not xml at all")]
    [InlineData("<?xml version=\"1.0\"?>")]
    public void Parse_ReportsMalformedXml_WhenDocumentIsNotWellFormed(string xml)
    {
        // Given / When
        var result = new BpmnParser().Parse(xml);

        // Then
        var issue = Assert.Single(result.Issues);
        Assert.Equal("", issue.ElementId);
        Assert.Contains(issue.Code, new[] { "malformed-xml", "empty-document" });
        Assert.StartsWith("Expected", issue.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    public void Parse_ReportsEmptyDocument_WhenInputIsBlank(string xml)
    {
        // Given / When
        var fromString = new BpmnParser().Parse(xml);
        var fromStream = new BpmnParser().Parse(new MemoryStream(Encoding.UTF8.GetBytes(xml)));

        // Then
        Assert.Equal("empty-document", Assert.Single(fromString.Issues).Code);
        Assert.Single(fromStream.Issues);
        Assert.False(fromStream.IsValid);
    }

    [Fact]
    public void Parse_ReportsUnreadable_WhenStreamThrows()
    {
        // Given
        var stream = new MemoryStream();
        stream.Dispose();

        // When
        var result = new BpmnParser().Parse(stream);

        // Then
        Assert.Equal("unreadable", Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void Parse_ReportsNotBpmn_WhenRootIsAnotherVocabulary()
    {
        // Given / When
        var result = new BpmnParser().Parse("<definitions id=\"x\"><process id=\"p\" /></definitions>");

        // Then
        Assert.Equal("not-bpmn", Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void Parse_ReadsUtf8Stream_WhenDocumentIsValid()
    {
        // Given
        var bytes = Encoding.UTF8.GetBytes(Bpmn.Process(ValidProcess.Replace("id=\"start\"", "id=\"start\" name=\"提交申请\"")));

        // When
        var result = new BpmnParser().Parse(new MemoryStream(bytes));

        // Then
        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        Assert.Equal("提交申请", Assert.Single(result.Processes).Node("start").Name);
    }

    [Fact]
    public void Parse_CompilesLongChain_WhenDocumentIsJustUnderElementLimit()
    {
        // Given start → 6,000 user tasks → end: about 18,000 elements with the flows
        const int tasks = 6000;
        var body = new StringBuilder("<bpmn:startEvent id=\"n0\" />");
        for (var i = 1; i <= tasks; i++)
            body.Append($"<bpmn:userTask id=\"n{i}\" /><bpmn:sequenceFlow id=\"f{i}\" sourceRef=\"n{i - 1}\" targetRef=\"n{i}\" />");
        body.Append($"<bpmn:endEvent id=\"end\" /><bpmn:sequenceFlow id=\"last\" sourceRef=\"n{tasks}\" targetRef=\"end\" />");

        // When
        var result = new BpmnParser().Parse(Bpmn.Process(body.ToString()));

        // Then
        Assert.True(result.IsValid, string.Join("\n", result.Issues.Take(5)));
        Assert.Equal(tasks + 2, Assert.Single(result.Processes).Nodes.Count);
    }
}
