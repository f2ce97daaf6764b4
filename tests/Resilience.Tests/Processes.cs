using System.Xml;

namespace SocialInsurance.Resilience.Tests;

/// <summary>The small processes the crash test deploys through <c>POST /api/admin/definitions</c>.</summary>
public static class Processes
{
    /// <summary>One review task for the province-wide reviewers, without a form: its completion takes any variables.</summary>
    public static (string Key, string Xml) Review(string key) => (key, $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="http://socialinsurance.example/resilience-tests">
          <bpmn:process id="{key}" name="Crash test review" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="toReview" sourceRef="start" targetRef="review" />
            <bpmn:userTask id="review" name="Review" camunda:candidateGroups="reviewers-65" />
            <bpmn:sequenceFlow id="toEnd" sourceRef="review" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """);

    /// <summary>A start, a timer of <paramref name="delay"/> (element <c>wait</c>), an end.</summary>
    public static (string Key, string Xml) Timer(string key, TimeSpan delay) => (key, $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="defs" targetNamespace="http://socialinsurance.example/resilience-tests">
          <bpmn:process id="{key}" name="Crash test timer" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="toWait" sourceRef="start" targetRef="wait" />
            <bpmn:intermediateCatchEvent id="wait" name="Wait">
              <bpmn:timerEventDefinition id="waitTimer">
                <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">{XmlConvert.ToString(delay)}</bpmn:timeDuration>
              </bpmn:timerEventDefinition>
            </bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="toEnd" sourceRef="wait" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """);
}
