namespace SocialInsurance.Api.Tests.Support;

public static class Bpmn
{
    /// <summary>A one-task review process with a unique key, so each test finds its own task by process key.</summary>
    public static string ReviewProcess(string key, string candidateGroups) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="http://socialinsurance.example/api-tests">
          <bpmn:process id="{key}" name="API test review" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="toReview" sourceRef="start" targetRef="review" />
            <bpmn:userTask id="review" name="Review" camunda:candidateGroups="{candidateGroups}" camunda:dueDate="P2D" />
            <bpmn:sequenceFlow id="toEnd" sourceRef="review" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>An exclusive gateway with a flow that has neither a condition nor default status: rejected at deploy.</summary>
    public const string GatewayWithoutConditions = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="defs" targetNamespace="http://socialinsurance.example/api-tests">
          <bpmn:process id="brokenProcess" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="toGateway" sourceRef="start" targetRef="decide" />
            <bpmn:exclusiveGateway id="decide" />
            <bpmn:sequenceFlow id="flowA" sourceRef="decide" targetRef="endA" />
            <bpmn:sequenceFlow id="flowB" sourceRef="decide" targetRef="endB" />
            <bpmn:endEvent id="endA" />
            <bpmn:endEvent id="endB" />
            <bpmn:manualTask id="unsupportedTask" />
          </bpmn:process>
        </bpmn:definitions>
        """;
}
