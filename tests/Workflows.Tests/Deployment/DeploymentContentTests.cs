using SocialInsurance.Testing;

namespace SocialInsurance.Workflows.Tests.Deployment;

/// <summary>
/// A deploy creates a version only when the content changed: the modeler re-serialises what it opened (other
/// indentation, attribute order, prefixes, an exporter stamp), and that alone must not make a version whose diff is empty.
/// </summary>
public sealed class DeploymentContentTests
{
    private const string Original = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="defs" targetNamespace="http://socialinsurance.example/test">
          <bpmn:process id="contentIdentity" name="审核 Review" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="toReview" sourceRef="start" targetRef="review" />
            <bpmn:userTask id="review" name="Review" camunda:candidateGroups="reviewers" camunda:dueDate="P2D" />
            <bpmn:sequenceFlow id="toGate" sourceRef="review" targetRef="gate" />
            <bpmn:exclusiveGateway id="gate" default="toEnd" />
            <bpmn:sequenceFlow id="toEnd" sourceRef="gate" targetRef="end" />
            <bpmn:sequenceFlow id="toOther" sourceRef="gate" targetRef="end">
              <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${decision == 'other'}</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>The same content as a modeler writes it back: other prefixes and order, one line, a stamp, a comment.</summary>
    private const string Reserialised = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- saved by the modeler -->
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:c="http://camunda.org/schema/1.0/bpmn" xmlns:x="http://www.w3.org/2001/XMLSchema-instance" xmlns:m="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="http://socialinsurance.example/test" id="defs" exporter="bpmn-js (https://demo.bpmn.io)" exporterVersion="18.6.1"><process isExecutable="true" name="审核 Review" id="contentIdentity"><startEvent id="start"/><sequenceFlow targetRef="review" sourceRef="start" id="toReview"/><userTask c:dueDate="P2D" c:candidateGroups="reviewers" name="Review" id="review"/><sequenceFlow id="toGate" sourceRef="review" targetRef="gate"/><exclusiveGateway default="toEnd" id="gate"/><sequenceFlow id="toEnd" sourceRef="gate" targetRef="end"/><sequenceFlow id="toOther" sourceRef="gate" targetRef="end"><conditionExpression x:type="m:tFormalExpression">
            ${decision == 'other'}
          </conditionExpression></sequenceFlow><endEvent id="end"/></process></definitions>
        """;

    [Fact]
    public async Task Deploy_ReserialisedSameContent_CreatesNoNewVersion()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        var first = await engine.DeployAsync(Original);

        // When
        var second = await engine.DeployAsync(Reserialised);

        // Then
        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(first.Version, second.Version);
        Assert.Single(await engine.Queries.DefinitionsAsync("contentIdentity"));
    }

    [Theory]
    [InlineData("name=\"Review\"", "name=\"Review it\"")]
    [InlineData("camunda:dueDate=\"P2D\"", "camunda:dueDate=\"P3D\"")]
    [InlineData("${decision == 'other'}", "${decision == 'another'}")]
    [InlineData("<bpmn:endEvent id=\"end\" />", "<bpmn:endEvent id=\"end\" name=\"办结\" />")]
    public async Task Deploy_ChangedContent_CreatesANewVersion(string before, string after)
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployAsync(Original);

        // When
        var second = await engine.DeployAsync(Original.Replace(before, after, StringComparison.Ordinal));

        // Then
        Assert.True(second.Created);
        Assert.Equal(2, second.Version);
    }
}
