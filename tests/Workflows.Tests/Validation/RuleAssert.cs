using SocialInsurance.Workflows.Parsing;

namespace SocialInsurance.Workflows.Tests.Validation;

internal static class RuleAssert
{
    /// <summary>The document is rejected with (elementId, code) among its issues, and nothing is compiled.</summary>
    public static void Rejects(string xml, string elementId, string code, BpmnParserOptions? options = null)
    {
        var result = new BpmnParser(options).Parse(xml);
        Assert.False(result.IsValid, "expected issues, but the document is valid");
        Assert.Empty(result.Processes);
        Assert.True(result.Issues.Any(i => i.ElementId == elementId && i.Code == code),
            $"expected ({elementId}, {code}), but got:\n{string.Join("\n", result.Issues)}");
        Assert.All(result.Issues, i => Assert.StartsWith("Expected", i.Message.Replace("Must have", "Expected")));
    }

    public static void Accepts(string xml, BpmnParserOptions? options = null)
    {
        var result = new BpmnParser(options).Parse(xml);
        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        Assert.NotEmpty(result.Processes);
    }
}
