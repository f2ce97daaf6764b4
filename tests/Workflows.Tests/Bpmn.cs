namespace SocialInsurance.Workflows.Tests;

/// <summary>Small BPMN documents for table tests: only the part under test is written out.</summary>
internal static class Bpmn
{
    public const string ModelNamespace = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    public const string CamundaNamespace = "http://camunda.org/schema/1.0/bpmn";

    public static string Definitions(string content) =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="{ModelNamespace}" xmlns:camunda="{CamundaNamespace}"
                          xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="definitions">
        {content}
        </bpmn:definitions>
        """;

    /// <summary>An executable process <c>proc</c> with <paramref name="body"/>; <paramref name="declarations"/> go before it (messages).</summary>
    public static string Process(string body, string declarations = "") =>
        Definitions($"""
            {declarations}
            <bpmn:process id="proc" isExecutable="true">
            {body}
            </bpmn:process>
            """);

    /// <summary>start → <paramref name="middle"/> (entered by flow toMiddle, left by fromMiddle) → end.</summary>
    public static string Around(string middleId, string middle, string extra = "", string declarations = "") =>
        Process($"""
            <bpmn:startEvent id="start" />
            {middle}
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="toMiddle" sourceRef="start" targetRef="{middleId}" />
            <bpmn:sequenceFlow id="fromMiddle" sourceRef="{middleId}" targetRef="end" />
            {extra}
            """, declarations);

    public static string Flow(string id, string source, string target, string? condition = null) =>
        condition is null
            ? $"""<bpmn:sequenceFlow id="{id}" sourceRef="{source}" targetRef="{target}" />"""
            : $"""<bpmn:sequenceFlow id="{id}" sourceRef="{source}" targetRef="{target}"><bpmn:conditionExpression>{condition}</bpmn:conditionExpression></bpmn:sequenceFlow>""";
}
