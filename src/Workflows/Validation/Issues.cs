using SocialInsurance.Workflows.Model;

namespace SocialInsurance.Workflows.Validation;

internal static class Issues
{
    public const string SequenceFlowType = "sequenceFlow";
    public const string ProcessType = "process";

    public static string Article(string word) => ("aeiouAEIOU".Contains(word.FirstOrDefault()) ? "an " : "a ") + word;

    public static ValidationIssue For(FlowNode node, string code, string message) =>
        new(node.Id, node.ElementType, code, message);

    public static ValidationIssue For(SequenceFlow flow, string code, string message) =>
        new(flow.Id, SequenceFlowType, code, message);
}
