using SocialInsurance.Workflows.Expressions;

namespace SocialInsurance.Workflows.Tests.Expressions;

public sealed class ExpressionTextTests
{
    [Theory]
    [InlineData("${a}", true, "a")]
    [InlineData("  ${ a > 1 }\n", true, " a > 1 ")]
    [InlineData("${ {a: 1} }", true, " {a: 1} ")]
    [InlineData("${ x === '}' }", true, " x === '}' ")]
    [InlineData("${ `${a}}` }", true, " `${a}}` ")]
    [InlineData("${ a /* } */ }", true, " a /* } */ ")]
    [InlineData("${a} and ${b}", false, "")]
    [InlineData("Hello ${name}", false, "")]
    [InlineData("#{a}", false, "")]
    [InlineData("a > 1", false, "")]
    [InlineData("${a", false, "")]
    public void TryUnwrap_AcceptsExactlyOneWrapperAroundTheWholeText(string text, bool expected, string inner)
    {
        // Given
        // When
        var unwrapped = ExpressionText.TryUnwrap(text, out var result);

        // Then
        Assert.Equal(expected, unwrapped);
        if (expected) Assert.Equal(inner, result);
    }

    [Fact]
    public void ParseTemplate_SplitsLiteralsAndExpressions_InOrder()
    {
        // Given
        const string text = "Dear ${name}, pay ${ wage * 0.2 } by ${due}";

        // When
        var parts = ExpressionText.ParseTemplate(text);

        // Then
        Assert.Equal(
            [
                new TemplatePart("Dear ", false), new TemplatePart("name", true), new TemplatePart(", pay ", false),
                new TemplatePart(" wage * 0.2 ", true), new TemplatePart(" by ", false), new TemplatePart("due", true),
            ],
            parts);
    }
}
