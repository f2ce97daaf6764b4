namespace SocialInsurance.Api.Infrastructure.Problems;

/// <summary>
/// The engine's validation issues (<c>ValidationIssue.Code</c>) with texts here; a rule whose code has none is shown
/// with the engine's English message, so rules can be added in the engine before they are translated.
/// </summary>
public static partial class ErrorCodes
{
    public static readonly ErrorCode NotBpmn = new("not-bpmn", "文件不是 BPMN 2.0 流程定义（根元素为 {root}）", "Expected BPMN 2.0 definitions, but the root element is {root}.");
    public static readonly ErrorCode NoExecutableProcess = new("no-executable-process", "没有可执行的流程（isExecutable=\"true\"）", "Expected a process with isExecutable=\"true\", but found none.");
}
